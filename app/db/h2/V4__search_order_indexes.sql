-- H2 has no partial indexes: plain indexes on the search's sort orders.
drop index listings_searchable_price_idx;
create index listings_search_promoted_idx on listings (shop_promotion_tier desc, price_cents, id);
create index listings_search_price_idx on listings (price_cents, shop_promotion_tier desc, id);
