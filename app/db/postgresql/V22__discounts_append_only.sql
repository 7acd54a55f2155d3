-- As V16: what an order's discounts took off is history.
create trigger order_discounts_append_only before update or delete on order_discounts
    for each row execute function refuse_rewriting_history();

-- An approval is used once: its used_at is set once and never again, nothing else of it changes.
create function approvals_used_once() returns trigger language plpgsql as $$
declare
    unchanged approvals := new;
begin
    if tg_op = 'DELETE' then
        raise exception 'approvals is append-only: an approval is never removed' using errcode = '42501';
    end if;
    unchanged.used_at := old.used_at;
    if unchanged is distinct from old or old.used_at is not null or new.used_at is null then
        raise exception 'an approval is used once, and nothing else of it changes' using errcode = '42501';
    end if;
    return new;
end
$$;
create trigger approvals_used_once before update or delete on approvals
    for each row execute function approvals_used_once();
revoke all on function approvals_used_once() from public;
