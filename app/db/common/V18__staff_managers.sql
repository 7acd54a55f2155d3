-- A shop's staff are cashiers or managers. Only the owner and managers change a listing's price
-- (and, as the till grows, approve discounts above the cashiers' limit, overrides and large refunds);
-- the owner appoints managers.
alter table shop_staff add column role varchar(8) not null default 'cashier';
alter table shop_staff add constraint shop_staff_role_known check (role in ('cashier', 'manager'));
