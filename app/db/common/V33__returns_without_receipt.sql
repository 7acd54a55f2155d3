-- A return without a receipt: units of a listing given back with no sale to name, approved by a
-- manager, paid only as store credit, at the lowest price the listing sold for in the 90 days
-- before (unit_cents, taken from the sale line priced_from_line_id). It has no refunds: its
-- quantity and listing are its own, and no sales tax is reversed, as no sale charged it here.
alter table returns alter column order_id drop not null;
alter table returns add column listing_id bigint references listings (id);
alter table returns add column quantity integer;
alter table returns add column unit_cents bigint;
alter table returns add column restocked boolean;
alter table returns add column priced_from_line_id bigint references order_lines (id);
alter table returns add constraint returns_with_or_without_receipt check (
    (order_id is not null and listing_id is null and quantity is null and unit_cents is null
        and restocked is null and priced_from_line_id is null)
    or (order_id is null and listing_id is not null and quantity > 0 and unit_cents > 0
        and restocked is not null and priced_from_line_id is not null and approved_by is not null
        and customer_id is not null and total_cents = quantity * unit_cents));
create index returns_listing_idx on returns (listing_id);

-- Its store credit names no order.
alter table store_credit_entries drop constraint store_credit_entries_sign;
alter table store_credit_entries add constraint store_credit_entries_sign
    check ((reason in ('issued', 'returned')) = (delta_cents > 0) and delta_cents <> 0
        and (reason <> 'spent' or order_id is not null));
