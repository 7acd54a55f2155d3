-- As V16: what an order's discounts took off is history.
create trigger order_discounts_append_only before update or delete on order_discounts
    for each row execute function refuse_rewriting_history();
