-- Search sorts by the shop's promotion tier, then price. Keeping the tier on the listing lets one
-- index deliver that order, instead of joining every matching listing to its shop and sorting.
-- ShopService.buyPromotion updates it together with the shop's tier.
alter table listings add column shop_promotion_tier integer not null default 0;
update listings set shop_promotion_tier = (select s.promotion_tier from shops s where s.id = listings.shop_id);
