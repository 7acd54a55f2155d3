-- The lines sold before V19 charged no tax: their gross is what their units cost. order_lines is
-- append-only (V16), so its trigger is off for this one update, in this migration's transaction.
alter table order_lines disable trigger order_lines_refunds_only;
update order_lines set gross_cents = line_total_cents;
alter table order_lines enable trigger order_lines_refunds_only;
alter table order_lines alter column gross_cents set not null;
alter table order_lines add constraint order_lines_gross_matches check (tax_cents >= 0
    and gross_cents = line_total_cents + case when prices_include_tax then 0 else tax_cents end
    and tax_cents <= gross_cents);
-- A line's refunds, tax included, never exceed its gross.
alter table order_lines drop constraint order_lines_refund_range;
alter table order_lines add constraint order_lines_refund_range check (refunded_quantity between 0 and quantity
    and refunded_cents between 0 and gross_cents);

alter table order_line_taxes alter column id set default nextval('order_line_taxes_ids');

create trigger order_line_taxes_append_only before update or delete on order_line_taxes
    for each row execute function refuse_rewriting_history();
create trigger refund_taxes_append_only before update or delete on refund_taxes
    for each row execute function refuse_rewriting_history();
