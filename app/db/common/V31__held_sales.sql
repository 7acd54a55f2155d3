-- A sale put on hold at a till: its cart leaves the cashier's open slot (open_owner_id) with the time,
-- the terminal and a note, and comes back when the cashier recalls it. No stock or sale unit is taken
-- while it waits: those are taken only at checkout. A cart is open, held or checked out.
alter table carts add column held_at timestamp(6) with time zone;
alter table carts add column held_terminal varchar(40);
alter table carts add column held_note varchar(80);
alter table carts drop constraint carts_open_matches;
alter table carts add constraint carts_open_matches
    check ((open_owner_id is null) = (checked_out_at is not null or held_at is not null)
        and (open_owner_id is null or open_owner_id = owner_id)
        and (checked_out_at is null or held_at is null)
        and ((held_at is null) = (held_terminal is null)));
create index carts_held_idx on carts (owner_id, held_at);
