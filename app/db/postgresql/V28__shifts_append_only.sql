-- As V16: a shift's count and its drawer's moves are history.
create trigger shift_counts_append_only before update or delete on shift_counts
    for each row execute function refuse_rewriting_history();
create trigger drawer_moves_append_only before update or delete on drawer_moves
    for each row execute function refuse_rewriting_history();
