-- Two more search filters read from the listing itself, so an index can serve them in sort order:
-- the shoe's colour (part of the shoe's identity, so it never changes) and whether the shop is
-- verified (kept in step by VerificationService when an admin decides).
alter table listings add column color varchar(16) not null default 'other';
alter table listings add column shop_verified boolean not null default false;
update listings set color = (select s.color from shoes s where s.id = listings.shoe_id);
update listings set shop_verified = (select s.verification_status = 'verified' from shops s where s.id = listings.shop_id);
