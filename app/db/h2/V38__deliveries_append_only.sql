-- As db/postgresql/V38: a delivery received is history.
create trigger deliveries_append_only before update, delete on deliveries
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger delivery_lines_append_only before update, delete on delivery_lines
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
-- V37 altered inventory_ledger: its trigger is made again (as V30 did for refunds).
drop trigger if exists inventory_ledger_append_only;
create trigger inventory_ledger_append_only before update, delete on inventory_ledger
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
