-- The table was named "transactions" but holds the audit trail; it is named for what it is.
-- A rename keeps the rows, the sequence's position and the column default (it refers to the
-- sequence itself, not to its name).
alter table transactions rename to audit_trail;
alter table audit_trail rename constraint transactions_pkey to audit_trail_pkey;
alter table audit_trail rename constraint transactions_actor_id_fkey to audit_trail_actor_id_fkey;
alter table audit_trail rename constraint transactions_shop_id_fkey to audit_trail_shop_id_fkey;
alter index transactions_shop_idx rename to audit_trail_shop_idx;
alter index transactions_actor_idx rename to audit_trail_actor_idx;
alter sequence transactions_ids rename to audit_trail_ids;
