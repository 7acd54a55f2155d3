-- A till's sale the shop ships instead of the customer taking the shoes: the address it goes to,
-- chosen on the sale (carts.ship_to) and kept on the order. A till's order with none is collected
-- at checkout; one with an address goes processing → delivered like an order bought online.
alter table carts add column ship_to varchar(300);
alter table orders add column ship_to varchar(300);
