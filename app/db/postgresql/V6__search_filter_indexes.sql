-- Colour and verified-only searches read their page, in sort order, straight off these.
create index listings_search_color_idx on listings (color, shop_promotion_tier desc, price_cents, id)
    where active and stock > 0;
create index listings_search_verified_idx on listings (shop_promotion_tier desc, price_cents, id)
    where active and stock > 0 and shop_verified;
