-- Search reads only listings that are active and in stock; a partial index keeps them apart
-- from sold-out and delisted rows, ordered the way the default sort reads them.
create index listings_searchable_price_idx on listings (price_cents, id) where active and stock > 0;
