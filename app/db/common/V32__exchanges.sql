-- An exchange: a return whose money pays toward a new sale made in the same transaction. The new
-- order gets an 'exchange' tender of what the returned lines paid toward it, and the return a
-- return tender of the same kind and amount that names that order tender; the rest of the return
-- goes back by the written rule as before.
alter table order_tenders drop constraint order_tenders_kind_known;
alter table order_tenders add constraint order_tenders_kind_known
    check (kind in ('cash', 'card', 'gift_card', 'store_credit', 'exchange'));
alter table return_tenders drop constraint return_tenders_kind_known;
alter table return_tenders add constraint return_tenders_kind_known
    check (kind in ('cash', 'card', 'store_credit', 'exchange'));
