-- H2 has no partial indexes: a plain index on the sort key.
create index listings_searchable_price_idx on listings (price_cents, id);
