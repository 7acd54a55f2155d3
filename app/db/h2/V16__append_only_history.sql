-- As db/postgresql/V16: the tables that record what happened are append-only, and a sold line
-- changes only by refunds, which only grow. The embedded file has one user, who owns everything, so
-- these triggers are what stops a bug from rewriting a sale. H2 runs triggers as Java classes; the
-- class name is stored in the database and must never be renamed.
create trigger orders_append_only before update, delete on orders
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger refunds_append_only before update, delete on refunds
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger inventory_ledger_append_only before update, delete on inventory_ledger
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger balance_ledger_append_only before update, delete on balance_ledger
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger audit_trail_append_only before update, delete on audit_trail
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger order_lines_refunds_only before update, delete on order_lines
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger shoes_unchanged before update, delete on shoes
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
