-- The phase exit decision also weighs the share of Table 2 key characteristics not met.
ALTER TABLE pw_gate_decision ADD COLUMN characteristics_unmet_share DECIMAL(5, 4) DEFAULT 0 NOT NULL;
