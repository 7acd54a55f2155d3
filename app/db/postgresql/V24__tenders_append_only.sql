-- As V16: how an order was paid, and the gift card and store credit ledgers, are history.
create trigger order_tenders_append_only before update or delete on order_tenders
    for each row execute function refuse_rewriting_history();
create trigger gift_card_entries_append_only before update or delete on gift_card_entries
    for each row execute function refuse_rewriting_history();
create trigger store_credit_entries_append_only before update or delete on store_credit_entries
    for each row execute function refuse_rewriting_history();

-- As V10: the rows a checkout appends take ids from sequences stepping by 50, so Hibernate batches
-- their inserts instead of one INSERT … RETURNING round trip each while the sale's locks are held.
alter table order_tenders alter column id drop identity;
create sequence order_tenders_ids increment by 50;
select setval('order_tenders_ids', (select coalesce(max(id), 0) + 1 from order_tenders), false);
alter table order_tenders alter column id set default nextval('order_tenders_ids');

alter table gift_cards alter column id drop identity;
create sequence gift_cards_ids increment by 50;
select setval('gift_cards_ids', (select coalesce(max(id), 0) + 1 from gift_cards), false);
alter table gift_cards alter column id set default nextval('gift_cards_ids');

alter table gift_card_entries alter column id drop identity;
create sequence gift_card_entries_ids increment by 50;
select setval('gift_card_entries_ids', (select coalesce(max(id), 0) + 1 from gift_card_entries), false);
alter table gift_card_entries alter column id set default nextval('gift_card_entries_ids');

alter table store_credit_entries alter column id drop identity;
create sequence store_credit_entries_ids increment by 50;
select setval('store_credit_entries_ids', (select coalesce(max(id), 0) + 1 from store_credit_entries), false);
alter table store_credit_entries alter column id set default nextval('store_credit_entries_ids');
