-- Counting a search's matches reads these index-only instead of the whole table: brand and style
-- filters go through the matching catalogue shoes, then this index per shoe (26 ms -> 3 ms for a
-- style matching 480 shoes at full scale); condition and gender filters count their own ranges.
create index listings_search_shoe_idx on listings (shoe_id, shop_promotion_tier desc, price_cents, id)
    where active and stock > 0;
create index listings_search_condition_idx on listings (condition) where active and stock > 0;
create index listings_search_gender_idx on listings (gender, size_halves) where active and stock > 0;
