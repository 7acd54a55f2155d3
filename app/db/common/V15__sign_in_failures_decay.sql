-- When the last failed sign-in was: failures further apart than the memory of the lockout are forgotten.
alter table accounts add column last_failed_login_at timestamp(6) with time zone;
