-- Run only by UpgradeFixturesTest, after the app's own migrations: a plausible mistake (a data fix
-- to one order's total that forgets its lines), which the upgrade check must catch on old data.
-- Orders are append-only (db/postgresql/V16), so the fix lifts the trigger for its own transaction,
-- as the owner may and as such a fix must.
alter table orders disable trigger orders_append_only;
update orders set total_cents = total_cents + 1 where id = (select min(id) from orders);
alter table orders enable trigger orders_append_only;
