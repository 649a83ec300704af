-- Two database roles (docs/decisions/0005-database-roles.md): Flyway migrates as the owner, the request pool
-- connects as a runtime role that owns nothing. The runtime role's grants are (re)applied after every migrate
-- by afterMigrate.sql; this migration adds what those grants rest on.

-- The erasure log was only append-only by convention; now by trigger like the other history tables.
create trigger erasure_log_immutable before update or delete on erasure_log
    for each row execute function immutable_row();

-- The history tables: every table whose rows an append-only trigger guards (audit_append_only: the Envers
-- *_aud tables, revinfo, control draws and events; immutable_row: transitions, snapshots, budget versions,
-- comments, export, file and erasure logs). The runtime role may read and add to them, never rewrite them.
-- A new history table needs nothing else: give it one of the two triggers.
create function history_tables() returns setof regclass language sql stable as $$
    select distinct t.tgrelid::regclass
    from pg_trigger t
    join pg_class c on c.oid = t.tgrelid
    where not t.tgisinternal
      and c.relnamespace = 'public'::regnamespace
      and t.tgfoid in ('audit_append_only()'::regprocedure, 'immutable_row()'::regprocedure)
$$;

-- The sanctioned rewrites of history: GDPR erasure (art. 17). They run as the owner (security definer), so the
-- runtime role needs no UPDATE on any history table; each may only anonymise (the replacement values are fixed
-- here, never passed in), and only what the portal has erased in the live record first. The trigger's flag
-- euportal.audit_erasure stays the second lock: even the owner rewrites no history without it.

-- A contact person's every audited version, once the person is marked erased.
create function erase_contact_person_history(p_person uuid) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    n integer;
begin
    if not exists (select 1 from contact_person where id = p_person and erased) then
        raise exception 'contact person % is not erased', p_person using errcode = '42501';
    end if;
    perform set_config('euportal.audit_erasure', 'on', true);
    update contact_person_aud set name = 'Erased person', title = null, email = null, phone = null
    where id = p_person;
    get diagnostics n = row_count;
    perform set_config('euportal.audit_erasure', 'off', true);
    return n;
end $$;

-- Event guests' registrations, every audited version, once each registration is marked erased.
create function erase_guest_registration_history(p_registrations uuid[]) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    n integer;
begin
    if exists (select 1 from unnest(p_registrations) r(id)
               where not exists (select 1 from event_registration e where e.id = r.id and e.erased)) then
        raise exception 'not every registration is erased' using errcode = '42501';
    end if;
    perform set_config('euportal.audit_erasure', 'on', true);
    update event_registration_aud set guest_name = 'Erased person', name = 'Erased person', guest_email = null
    where id = any (p_registrations);
    get diagnostics n = row_count;
    perform set_config('euportal.audit_erasure', 'off', true);
    return n;
end $$;

-- A JSON list of people in an audited version with the e-mail's entries anonymised: the keys in p_kept (which
-- say nothing about the person: role, unit) stay, the name becomes 'Erased person', the keys in p_cleared null.
create function erased_people(p_people jsonb, p_email text, p_kept text[], p_cleared text[]) returns jsonb
    language sql immutable set search_path = pg_catalog as $$
    select jsonb_agg(case when lower(trim(p->>'email')) = p_email
            then (select jsonb_object_agg(k, p->k) from unnest(p_kept) k)
                 || jsonb_build_object('name', 'Erased person')
                 || (select jsonb_object_agg(k, null) from unnest(p_cleared) k)
            else p end order by n)
    from jsonb_array_elements(p_people) with ordinality as t(p, n)
$$;

-- The e-mail in every audited version of partner organisations' contacts, twin towns' contacts and external
-- networks' members; the live records no longer hold it (the portal erased them first).
create function erase_email_in_history(p_register text, p_email text) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    wanted text := lower(trim(p_email));
    n integer;
begin
    if wanted is null or wanted = '' then
        return 0;
    end if;
    perform set_config('euportal.audit_erasure', 'on', true);
    case p_register
        when 'partner_organisation' then
            if exists (select 1 from partner_organisation o, jsonb_array_elements(o.contacts) c
                       where jsonb_typeof(o.contacts) = 'array' and lower(trim(c->>'email')) = wanted) then
                raise exception 'the e-mail is still among partner organisations'' contacts' using errcode = '42501';
            end if;
            update partner_organisation_aud set contacts = erased_people(contacts, wanted, array['role'], array['email', 'phone'])
            where jsonb_typeof(contacts) = 'array' and exists (
                select 1 from jsonb_array_elements(contacts) c where lower(trim(c->>'email')) = wanted);
        when 'twin_town' then
            if exists (select 1 from twin_town t, jsonb_array_elements(t.contacts) c
                       where jsonb_typeof(t.contacts) = 'array' and lower(trim(c->>'email')) = wanted) then
                raise exception 'the e-mail is still among twin towns'' contacts' using errcode = '42501';
            end if;
            update twin_town_aud set contacts = erased_people(contacts, wanted, array['role'], array['email', 'phone'])
            where jsonb_typeof(contacts) = 'array' and exists (
                select 1 from jsonb_array_elements(contacts) c where lower(trim(c->>'email')) = wanted);
        when 'external_network' then
            if exists (select 1 from external_network x, jsonb_array_elements(x.members) m
                       where jsonb_typeof(x.members) = 'array' and lower(trim(m->>'email')) = wanted) then
                raise exception 'the e-mail is still among external networks'' members' using errcode = '42501';
            end if;
            update external_network_aud set members = erased_people(members, wanted, array['unitId', 'role'], array['email'])
            where jsonb_typeof(members) = 'array' and exists (
                select 1 from jsonb_array_elements(members) m where lower(trim(m->>'email')) = wanted);
        else
            raise exception 'no register %', p_register using errcode = '22023';
    end case;
    get diagnostics n = row_count;
    perform set_config('euportal.audit_erasure', 'off', true);
    return n;
end $$;

-- Merging the full-text index's pending list and ANALYZE need the owner; the partner search does both after an
-- import (MatchStore.refreshAll). @return the pages merged
create function refresh_partner_matching_statistics() returns bigint
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    pages bigint := gin_clean_pending_list('partner_organisation_search_idx');
begin
    analyze partner_organisation;
    analyze partner_search_match;
    return pages;
end $$;

revoke execute on function erase_contact_person_history(uuid), erase_guest_registration_history(uuid[]),
    erase_email_in_history(text, text), refresh_partner_matching_statistics() from public;
