-- As db/postgresql/V20: the lines sold before V19 charged no tax, so their gross is what their
-- units cost. H2 cannot switch a trigger off, so the append-only one (V16) is dropped for this one
-- update and made again, which also has it read the columns V19 added.
drop trigger order_lines_refunds_only;
update order_lines set gross_cents = line_total_cents;
create trigger order_lines_refunds_only before update, delete on order_lines
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
alter table order_lines alter column gross_cents set not null;
alter table order_lines add constraint order_lines_gross_matches check (tax_cents >= 0
    and gross_cents = line_total_cents + case when prices_include_tax then 0 else tax_cents end
    and tax_cents <= gross_cents);
-- A line's refunds, tax included, never exceed its gross.
alter table order_lines drop constraint order_lines_refund_range;
alter table order_lines add constraint order_lines_refund_range check (refunded_quantity between 0 and quantity
    and refunded_cents between 0 and gross_cents);

alter table order_line_taxes alter column id set default next value for order_line_taxes_ids;

create trigger order_line_taxes_append_only before update, delete on order_line_taxes
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger refund_taxes_append_only before update, delete on refund_taxes
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
