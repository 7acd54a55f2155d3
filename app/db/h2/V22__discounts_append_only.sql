-- As db/postgresql/V22: what an order's discounts took off is history.
create trigger order_discounts_append_only before update, delete on order_discounts
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';

-- V21 altered order_lines, and H2 rebuilds a table it alters through a copy, which leaves the
-- table's trigger initialised with the copy's name: made again, it reads its own table (as V20).
drop trigger order_lines_refunds_only;
create trigger order_lines_refunds_only before update, delete on order_lines
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';

-- As db/postgresql/V22: an approval is used once, and nothing else of it changes.
create trigger approvals_used_once before update, delete on approvals
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
