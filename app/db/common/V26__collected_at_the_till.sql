-- A walk-in sale at a till is collected when it is paid: the shop ships nothing, so it never goes
-- through processing → delivered. Sales made before this stay as they were.
alter table order_fulfilments drop constraint order_fulfilments_status_known;
alter table order_fulfilments add constraint order_fulfilments_status_known
    check (status in ('processing', 'shipped', 'out_for_delivery', 'delivered', 'collected'));
