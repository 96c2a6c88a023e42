-- The open (unassigned) tasks as a small index of their ids: the count of "My groups' tasks" matches the candidate
-- links against it instead of reading every row of ACT_RU_TASK (PostgreSQL only: H2 has no partial indexes).
CREATE INDEX pw_idx_task_unassigned ON ${enginePrefix}ACT_RU_TASK (ID_) INCLUDE (TENANT_ID_) WHERE ASSIGNEE_ IS NULL;
