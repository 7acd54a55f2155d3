-- Shoetopia on a shared PostgreSQL (15 or newer): the roles and the database, made once by a
-- database superuser, for example:
--
--     psql -U postgres -f create-roles.sql
--
-- shoetopia_owner owns every table and may change the schema; nobody signs in as it.
-- shoetopia_app holds only what the use cases need (db/roles/grants.sql, applied by every
-- `shoetopia migrate`); nobody signs in as it either.
-- The logins are separate, so each can be given its own password and revoked on its own:
--
--     create role shoetopia_migrator login in role shoetopia_owner;  -- `shoetopia migrate`, `create-admin`
--     create role shoetopia_server login in role shoetopia_app;      -- `shoetopia server`
--     \password shoetopia_migrator
--     \password shoetopia_server
--
-- The database belongs to the owner role, so the schema public (owned by pg_database_owner since
-- PostgreSQL 15) is the owner's to create tables in, and no other role may. (On 14 and older,
-- public belongs to postgres and everyone may create in it: `migrate` refuses such a database until
-- a superuser runs `alter schema public owner to shoetopia_owner` in it.)
create role shoetopia_owner nologin;
create role shoetopia_app nologin;
create database shoetopia owner shoetopia_owner;
