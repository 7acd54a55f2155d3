-- As db/postgresql/V28: a shift's count and its drawer's moves are history.
create trigger shift_counts_append_only before update, delete on shift_counts
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger drawer_moves_append_only before update, delete on drawer_moves
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';

-- V27 altered orders and refunds, and H2 rebuilds a table it alters through a copy, which leaves the
-- table's trigger initialised with the copy's name: made again, it reads its own table (as V24).
drop trigger orders_append_only;
create trigger orders_append_only before update, delete on orders
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
drop trigger refunds_append_only;
create trigger refunds_append_only before update, delete on refunds
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
