-- Editable details (a listing's price, a shop's name) carry a version: a save names the version it
-- was made from, and a save from a stale screen is refused instead of silently overwriting. Stock
-- and sale counters do not bump it: they are changed under row locks, never from a form.
alter table listings add column details_version bigint not null default 0;
alter table shops add column details_version bigint not null default 0;
