-- Only active, in-stock listings are ever searched; each index holds them in one of the search's
-- sort orders, so a page is read off the index without sorting (see README: the search plan).
drop index listings_searchable_price_idx;
create index listings_search_promoted_idx on listings (shop_promotion_tier desc, price_cents, id)
    where active and stock > 0;
create index listings_search_price_idx on listings (price_cents, shop_promotion_tier desc, id)
    where active and stock > 0;
create index listings_search_size_idx on listings (size_halves) where active and stock > 0;
