-- As V16: a delivery received is history.
create trigger deliveries_append_only before update or delete on deliveries
    for each row execute function refuse_rewriting_history();
create trigger delivery_lines_append_only before update or delete on delivery_lines
    for each row execute function refuse_rewriting_history();
