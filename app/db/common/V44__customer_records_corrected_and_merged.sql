-- A walk-in's record is corrected at the till (a name misspelt, a phone given later), and two
-- records of one customer become one: the record folded in points at the one kept, gives up its
-- phone and email (the kept record may take them), and is no longer found. Its sales keep it, so
-- a reprint names the customer as the sale did.
alter table customer_records add column merged_into_id bigint references customer_records (id);
alter table customer_records add constraint customer_records_not_merged_into_itself
    check (merged_into_id <> id);
