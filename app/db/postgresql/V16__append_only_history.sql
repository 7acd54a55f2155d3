-- The tables that record what happened are append-only: a bug, or whoever holds the server's
-- database login, must not be able to rewrite a sale, a refund, a ledger or the audit trail. The app
-- role has no UPDATE or DELETE on them (db/roles/grants.sql); these owner-owned triggers refuse it
-- from anyone else too, the schema owner included. A later migration that must correct such rows
-- disables the trigger for its own transaction (only the owner can), so the exception is in the
-- schema's history for all to read.
create function refuse_rewriting_history() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: its rows are never changed or removed', tg_table_name
        using errcode = '42501';
end
$$;

create trigger orders_append_only before update or delete on orders
    for each row execute function refuse_rewriting_history();
create trigger refunds_append_only before update or delete on refunds
    for each row execute function refuse_rewriting_history();
create trigger inventory_ledger_append_only before update or delete on inventory_ledger
    for each row execute function refuse_rewriting_history();
create trigger balance_ledger_append_only before update or delete on balance_ledger
    for each row execute function refuse_rewriting_history();
create trigger audit_trail_append_only before update or delete on audit_trail
    for each row execute function refuse_rewriting_history();

-- A sold line changes only by refunds, and its refunded quantity and money only grow. Every other
-- column, a future one included, is compared whole.
create function order_lines_only_refunds_grow() returns trigger language plpgsql as $$
declare
    unchanged order_lines := new;
begin
    if tg_op = 'DELETE' then
        raise exception 'order_lines is append-only: a sold line is never removed' using errcode = '42501';
    end if;
    unchanged.refunded_quantity := old.refunded_quantity;
    unchanged.refunded_cents := old.refunded_cents;
    if unchanged is distinct from old
            or new.refunded_quantity < old.refunded_quantity
            or new.refunded_cents < old.refunded_cents then
        raise exception 'order_lines changes only by refunds, which only grow' using errcode = '42501';
    end if;
    return new;
end
$$;

create trigger order_lines_refunds_only before update or delete on order_lines
    for each row execute function order_lines_only_refunds_grow();

-- The shared catalogue: a shoe, once written, is what every shop's listings of it refer to. The
-- race-safe upsert sets a column to itself (so the row comes back); any real change is refused.
create trigger shoes_unchanged before update on shoes
    for each row when (old is distinct from new) execute function refuse_rewriting_history();
create trigger shoes_kept before delete on shoes
    for each row execute function refuse_rewriting_history();

revoke all on function refuse_rewriting_history() from public;
revoke all on function order_lines_only_refunds_grow() from public;
