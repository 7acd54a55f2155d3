-- What a pair of the SKU cost the shop, for the stock's value at cost; unknown (null) until entered.
alter table listings add column unit_cost_cents bigint;
alter table listings add constraint listings_unit_cost_non_negative check (unit_cost_cents >= 0);
