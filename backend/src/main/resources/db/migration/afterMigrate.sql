-- Flyway runs this after every migrate, as the owner: the runtime role's grants, recomputed from the schema so
-- that a table added by any later migration is covered without a line here (docs/decisions/0005-database-roles.md).
-- Ordinary tables: read and write. History tables (history_tables(), V85): read and add only. Nowhere TRUNCATE,
-- TRIGGER or REFERENCES, and the role owns nothing, so it can neither alter a table nor disable its triggers.
-- Sequences: next values. Functions: the erasure functions besides the public ones.
-- The runtime role is the placeholder runtime_role (quarkus.flyway.placeholders.runtime_role, the pool's user).
do $$
declare
    runtime name := '${runtime_role}';
    history regclass;
begin
    -- Two instances starting together would otherwise update the same catalogue rows at once.
    perform pg_advisory_xact_lock(hashtext('euportal.runtime_grants'));
    if runtime = current_user then
        raise warning 'the pool connects as the owner %: history is guarded by triggers only (set DB_OWNER_USER)', runtime;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % does not exist: create it (ops/db-roles.sql) before the portal starts', runtime;
    end if;
    execute format('grant usage on schema public to %I', runtime);
    execute format('revoke truncate, references, trigger on all tables in schema public from %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    for history in select * from history_tables() loop
        execute format('revoke update, delete on %s from %I', history, runtime);
    end loop;
    execute format('revoke insert, update, delete on flyway_schema_history from %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('grant execute on function erase_contact_person_history(uuid), '
        'erase_guest_registration_history(uuid[]), erase_email_in_history(text, text), '
        'erase_email_in_export_log(text), refresh_partner_matching_statistics() to %I', runtime);
end $$;
