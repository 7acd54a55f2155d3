-- Sessions of the Shoetopia server's API. The token itself is never stored: only its SHA-256, so
-- a copy of this table signs nobody in. A session ends at its absolute expiry, after an idle
-- spell (last_used_at), or when ended_at is set (sign-out, password change, removal from staff,
-- an admin's revocation).
create table api_sessions (
    token_hash   varchar(64) primary key,
    account_id   bigint not null references accounts (id),
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    ended_at     timestamp with time zone
);
create index api_sessions_account_idx on api_sessions (account_id);
