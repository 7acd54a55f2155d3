-- What a shop's receipts print under its name: its address and phone, and its return policy.
alter table shops add column address varchar(200);
alter table shops add column phone varchar(40);
alter table shops add column return_policy varchar(300);
