-- What a shop's receipt printed above and below the sale when it sold, kept with its part of the
-- order, so a reprint shows the same name, address, phone and return policy even after the shop
-- changed them (its tax number is kept there already). Null for orders of several shops, whose
-- receipts name each shop line by line, and for orders sold before this was kept.
alter table order_fulfilments add column shop_name varchar(80);
alter table order_fulfilments add column shop_address varchar(200);
alter table order_fulfilments add column shop_phone varchar(40);
alter table order_fulfilments add column return_policy varchar(300);
