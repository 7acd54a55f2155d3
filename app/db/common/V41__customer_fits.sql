-- A customer's fit, kept on their account (optional): foot length, width, and the sizes they say
-- they take in brands bought elsewhere. The sizes they took at a shop come from its sales instead.
create table customer_fits (
    account_id     bigint primary key references accounts (id),
    foot_length_mm integer,
    width          varchar(16),
    sizes_note     varchar(200),
    updated_by     bigint not null references accounts (id),
    updated_at     timestamp(6) with time zone not null,
    constraint customer_fits_foot_length check (foot_length_mm between 100 and 400),
    constraint customer_fits_width check (width in ('narrow', 'medium', 'wide', 'extra_wide'))
);
