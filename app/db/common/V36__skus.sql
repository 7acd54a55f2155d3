-- A listing is a SKU: one cell (size × width) of a style's grid, a style being the catalogue shoe
-- with the shop's condition and gender. Listing the same cell again adds stock to it, so each cell
-- is one row, kept unique here. Shops could list copies of a cell before this; those stay as they
-- were (their stock, history and orders), numbered 1, 2… by age in sku_copy; new listings are 0.
alter table listings add column width varchar(12) default 'medium' not null;
alter table listings add constraint listings_width_known
    check (width in ('narrow', 'medium', 'wide', 'extra_wide'));
alter table listings add column sku_copy integer default 0 not null;
update listings set sku_copy = (
    select count(*) from listings older
    where older.shop_id = listings.shop_id and older.shoe_id = listings.shoe_id
      and older.condition = listings.condition and older.gender = listings.gender
      and older.size_halves = listings.size_halves and older.id < listings.id);
create unique index listings_sku_unique
    on listings (shop_id, shoe_id, condition, gender, size_halves, width, sku_copy);
-- The manufacturer's UPC/EAN of a SKU, when the shop entered one; scanning it finds the SKU. SKUs
-- without one are scanned by their in-store EAN-13, made from the listing number (Ean13.inStore).
alter table listings add column manufacturer_code varchar(13);
alter table listings add constraint listings_manufacturer_code_digits
    check (manufacturer_code is null or length(manufacturer_code) in (8, 12, 13));
create unique index listings_manufacturer_code_unique on listings (shop_id, manufacturer_code);
