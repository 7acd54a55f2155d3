-- As db/postgresql/V30: a return and where its money went are history.
create trigger returns_append_only before update, delete on returns
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
create trigger return_tenders_append_only before update, delete on return_tenders
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';

-- V29 altered refunds and store_credit_entries: their triggers are made again (as V24).
drop trigger refunds_append_only;
create trigger refunds_append_only before update, delete on refunds
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
drop trigger store_credit_entries_append_only;
create trigger store_credit_entries_append_only before update, delete on store_credit_entries
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
