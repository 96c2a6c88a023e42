-- "Open tasks of my groups" (Tasklist's "My groups' tasks", its list and count): the candidate links of the user's
-- groups, read from the index alone, task by task, instead of every link of the table.
CREATE INDEX pw_idx_ident_lnk_group_task ON ${enginePrefix}ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);
