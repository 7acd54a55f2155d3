-- As db/postgresql/V24: how an order was paid, and the gift card and store credit ledgers, are history.
-- Their ids first: altering a table after its trigger is made would leave the trigger on a copy.

-- As V10: the rows a checkout appends take ids from sequences stepping by 50, so Hibernate batches
-- their inserts instead of one INSERT … RETURNING round trip each while the sale's locks are held.
alter table order_tenders alter column id drop identity;
create sequence order_tenders_ids increment by 50;
alter sequence order_tenders_ids restart with (select coalesce(max(id), 0) + 1 from order_tenders);
alter table order_tenders alter column id set default next value for order_tenders_ids;

alter table gift_cards alter column id drop identity;
create sequence gift_cards_ids increment by 50;
alter sequence gift_cards_ids restart with (select coalesce(max(id), 0) + 1 from gift_cards);
alter table gift_cards alter column id set default next value for gift_cards_ids;

alter table gift_card_entries alter column id drop identity;
create sequence gift_card_entries_ids increment by 50;
alter sequence gift_card_entries_ids restart with (select coalesce(max(id), 0) + 1 from gift_card_entries);
alter table gift_card_entries alter column id set default next value for gift_card_entries_ids;

alter table store_credit_entries alter column id drop identity;
create sequence store_credit_entries_ids increment by 50;
alter sequence store_credit_entries_ids restart with (select coalesce(max(id), 0) + 1 from store_credit_entries);
alter table store_credit_entries alter column id set default next value for store_credit_entries_ids;

create trigger order_tenders_append_only before update, delete on order_tenders
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger gift_card_entries_append_only before update, delete on gift_card_entries
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger store_credit_entries_append_only before update, delete on store_credit_entries
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';

-- V23 altered orders, and H2 rebuilds a table it alters through a copy, which leaves the table's
-- trigger initialised with the copy's name: made again, it reads its own table (as V22).
drop trigger orders_append_only;
create trigger orders_append_only before update, delete on orders
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
