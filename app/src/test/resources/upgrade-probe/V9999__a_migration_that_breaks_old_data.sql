-- Run only by UpgradeFixturesTest, after the app's own migrations: a plausible mistake (a data fix
-- to one order's total that forgets its lines), which the upgrade check must catch on old data.
update orders set total_cents = total_cents + 1 where id = (select min(id) from orders);
