create index listings_search_color_idx on listings (color, shop_promotion_tier desc, price_cents, id);
