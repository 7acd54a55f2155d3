-- A sale's remaining units live in slot rows instead of one counter column. Checkout locks only
-- the slot it takes units from, so several terminals can sell discounted units at once; the
-- slots' sum is the units left. A sale of one slot is the single-counter design. Units the owner
-- withdraws by ending a sale early are recorded on the sale, so sold = total - withdrawn - left.
create table flash_sale_slots (
    sale_id    bigint  not null references flash_sales (id),
    slot       integer not null,
    units_left integer not null,
    primary key (sale_id, slot),
    constraint flash_sale_slots_number_positive check (slot > 0),
    constraint flash_sale_slots_units_non_negative check (units_left >= 0)
);

alter table flash_sales add column slot_count integer not null default 1;
alter table flash_sales add column units_withdrawn integer not null default 0;

insert into flash_sale_slots (sale_id, slot, units_left)
    select id, 1, case when ended_at is null then units_left else 0 end from flash_sales;
update flash_sales set units_withdrawn = units_left where ended_at is not null;

alter table flash_sales drop constraint flash_sales_units_left_range;
alter table flash_sales drop column units_left;
alter table flash_sales add constraint flash_sales_slot_count_range check (slot_count between 1 and 64);
alter table flash_sales add constraint flash_sales_withdrawn_range check (units_withdrawn between 0 and units_total);
