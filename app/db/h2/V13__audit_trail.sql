-- As db/postgresql/V13: the table was named "transactions" but holds the audit trail. H2 cannot
-- rename a sequence, so the id sequence is made anew where the old one stood (H2 runs on one
-- machine, so no other terminal holds a block of the old one while this migrates).
alter table transactions rename to audit_trail;
alter index transactions_shop_idx rename to audit_trail_shop_idx;
alter index transactions_actor_idx rename to audit_trail_actor_idx;
create sequence audit_trail_ids increment by 50;
alter sequence audit_trail_ids restart with (select coalesce(max(id), 0) + 1 from audit_trail);
alter table audit_trail alter column id set default next value for audit_trail_ids;
drop sequence transactions_ids;
