-- As V16: a return and where its money went are history.
create trigger returns_append_only before update or delete on returns
    for each row execute function refuse_rewriting_history();
create trigger return_tenders_append_only before update or delete on return_tenders
    for each row execute function refuse_rewriting_history();
