-- The portal's runtime role (docs/decisions/0005-database-roles.md): the user the backend's pool connects as.
-- It logs in and owns nothing; what it may do on the tables is granted by the migrations' afterMigrate.sql as
-- the owner (DB_OWNER_USER) runs them. Idempotent, safe when two runs create the role at once. Run it as a role
-- with CREATEROLE (ensure_db in ops/lib.sh does, as DB_OWNER_USER):
--   psql -d postgres -v runtime_role=euportal_app -v runtime_password= -f ops/db-roles.sql
-- A non-empty runtime_password is (re)set as the role's password; an empty one leaves the password alone.
select set_config('euportal.runtime_role', :'runtime_role', false) as runtime_role_set,
       set_config('euportal.runtime_password', :'runtime_password', false) is null as runtime_password_set \gset
do $$
declare
    runtime text := current_setting('euportal.runtime_role');
    secret text := current_setting('euportal.runtime_password');
begin
    if runtime !~ '^[a-z_][a-z0-9_]*$' then
        raise exception 'runtime role name % must be lower-case letters, digits and _', runtime;
    end if;
    begin
        if not exists (select 1 from pg_roles where rolname = runtime) then
            execute format('create role %I login nosuperuser nocreatedb nocreaterole noreplication', runtime);
            raise notice 'created the runtime role %', runtime;
        end if;
    exception when duplicate_object or unique_violation then
        null; -- created meanwhile by another run
    end;
    if (select rolsuper from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % is a superuser: history would not be protected', runtime;
    end if;
    if secret <> '' then
        execute format('alter role %I password %L', runtime, secret);
    end if;
end $$;
select set_config('euportal.runtime_password', '', false) is null as runtime_password_cleared \gset
