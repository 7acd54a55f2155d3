-- The rows a checkout appends (order, lines, both ledgers, audit) take their ids from sequences that
-- step by 50: Hibernate reserves 50 ids per nextval (pooled-lo) and sends the inserts as batches when
-- it flushes, instead of one INSERT … RETURNING round trip per row while the sale's lock is held.
-- Native inserts keep working through the column default. The sequences are not owned by their
-- columns, so TRUNCATE … RESTART IDENTITY leaves them be: a running terminal may still hold a block.
alter table orders alter column id drop identity;
create sequence orders_ids increment by 50;
select setval('orders_ids', (select coalesce(max(id), 0) + 1 from orders), false);
alter table orders alter column id set default nextval('orders_ids');

alter table order_lines alter column id drop identity;
create sequence order_lines_ids increment by 50;
select setval('order_lines_ids', (select coalesce(max(id), 0) + 1 from order_lines), false);
alter table order_lines alter column id set default nextval('order_lines_ids');

alter table inventory_ledger alter column id drop identity;
create sequence inventory_ledger_ids increment by 50;
select setval('inventory_ledger_ids', (select coalesce(max(id), 0) + 1 from inventory_ledger), false);
alter table inventory_ledger alter column id set default nextval('inventory_ledger_ids');

alter table balance_ledger alter column id drop identity;
create sequence balance_ledger_ids increment by 50;
select setval('balance_ledger_ids', (select coalesce(max(id), 0) + 1 from balance_ledger), false);
alter table balance_ledger alter column id set default nextval('balance_ledger_ids');

alter table transactions alter column id drop identity;
create sequence transactions_ids increment by 50;
select setval('transactions_ids', (select coalesce(max(id), 0) + 1 from transactions), false);
alter table transactions alter column id set default nextval('transactions_ids');
