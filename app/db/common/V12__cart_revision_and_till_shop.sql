-- Two facts a checkout must decide by, kept on the cart row it locks.
-- revision: bumped by every change of the cart's lines or customer, each under the cart row's lock,
-- so a till pays for the cart exactly as it showed it (and an idempotency key is bound to that).
-- shop_id: the shop whose till rings this cart up as a walk-in sale, set when a seller opens it;
-- null for a customer's own cart. A cashier removed from that shop can no longer check it out.
alter table carts add column revision integer not null default 0;
alter table carts add column shop_id bigint references shops (id);

-- Open carts: the shop their owner sells for now. Paid carts: a walk-in sale is one whose order
-- was bought by someone other than the cart's owner (a named customer, or nobody).
update carts set shop_id = coalesce(
        (select s.id from shops s where s.owner_id = carts.owner_id),
        (select st.shop_id from shop_staff st where st.account_id = carts.owner_id))
    where checked_out_at is null;
update carts set shop_id = (select min(ol.shop_id) from orders o join order_lines ol on ol.order_id = o.id
        where o.cart_id = carts.id and (o.buyer_id is null or o.buyer_id <> carts.owner_id))
    where checked_out_at is not null;
-- Only a till's cart names a customer.
update carts set customer_id = null where shop_id is null and checked_out_at is null;
