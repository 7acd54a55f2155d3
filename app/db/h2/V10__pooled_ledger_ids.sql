-- As db/postgresql/V10: checkout's appended rows take ids from sequences stepping by 50, so
-- Hibernate reserves them 50 at a time and batches the inserts. Native inserts use the column default.
alter table orders alter column id drop identity;
create sequence orders_ids increment by 50;
alter sequence orders_ids restart with (select coalesce(max(id), 0) + 1 from orders);
alter table orders alter column id set default next value for orders_ids;

alter table order_lines alter column id drop identity;
create sequence order_lines_ids increment by 50;
alter sequence order_lines_ids restart with (select coalesce(max(id), 0) + 1 from order_lines);
alter table order_lines alter column id set default next value for order_lines_ids;

alter table inventory_ledger alter column id drop identity;
create sequence inventory_ledger_ids increment by 50;
alter sequence inventory_ledger_ids restart with (select coalesce(max(id), 0) + 1 from inventory_ledger);
alter table inventory_ledger alter column id set default next value for inventory_ledger_ids;

alter table balance_ledger alter column id drop identity;
create sequence balance_ledger_ids increment by 50;
alter sequence balance_ledger_ids restart with (select coalesce(max(id), 0) + 1 from balance_ledger);
alter table balance_ledger alter column id set default next value for balance_ledger_ids;

alter table transactions alter column id drop identity;
create sequence transactions_ids increment by 50;
alter sequence transactions_ids restart with (select coalesce(max(id), 0) + 1 from transactions);
alter table transactions alter column id set default next value for transactions_ids;
