-- H2 keeps its version sequence in step with PostgreSQL's; its plain indexes already cover these filters.
create index listings_search_condition_idx on listings (condition);
