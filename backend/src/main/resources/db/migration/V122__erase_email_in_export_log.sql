-- The export log keeps the address a file was asked with (HandedOutFiles), and GET /personal-data.html?email=…
-- puts the person's e-mail there. An erasure (GDPR art. 17) replaces that value with 'erased'; the row stays, so
-- that the export happened (who, when, the hash of what was sent) is still known.

-- Rows guarded by immutable_row() stay immutable, except that a trigger may name columns (its arguments) which a
-- sanctioned erasure, and nothing else, may rewrite: under the transaction-local flag euportal.audit_erasure (V1),
-- and with every other column unchanged. The trigger function stays the same, so history_tables() (V85) still
-- lists the table and the runtime role still may not update it.
create or replace function immutable_row() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_nargs > 0 and current_setting('euportal.audit_erasure', true) = 'on'
            and to_jsonb(new) - tg_argv::text[] = to_jsonb(old) - tg_argv::text[] then
        return new;
    end if;
    raise exception '% rows are immutable (% refused)', tg_table_name, tg_op;
end;
$$;

drop trigger export_log_immutable on export_log;
create trigger export_log_immutable before update or delete on export_log
    for each row execute function immutable_row('resource');

-- A part of an address as the server reads it: '+' a space, %XX a byte, UTF-8. A value that does not decode is
-- taken as it stands.
create function url_decoded(p text) returns text
    language plpgsql immutable strict set search_path = pg_catalog as $$
begin
    return coalesce((select convert_from(string_agg(case when m[1] is not null then decode(substr(m[1], 2), 'hex')
                                                        else convert_to(m[2], 'UTF8') end, ''::bytea order by n), 'UTF8')
                     from regexp_matches(replace(p, '+', ' '), '(%[0-9A-Fa-f]{2})|([^%]+|%)', 'g')
                          with ordinality as t(m, n)), p);
exception when others then
    return p;
end $$;

-- The address with every query value that names the e-mail (any case, any encoding) replaced by 'erased'.
create function export_resource_erased(p_resource text, p_wanted text) returns text
    language sql immutable set search_path = pg_catalog, public as $$
    select case when strpos(p_resource, '?') = 0 then p_resource else
        split_part(p_resource, '?', 1) || '?' || (
            select string_agg(case when strpos(lower(url_decoded(param)), p_wanted) = 0 then param
                                   when strpos(param, '=') = 0 then 'erased'
                                   else split_part(param, '=', 1) || '=erased' end, '&' order by n)
            from regexp_split_to_table(substr(p_resource, strpos(p_resource, '?') + 1), '&') with ordinality as q(param, n))
    end
$$;

-- The e-mail in every export log address; the replacement is fixed here. @return the rows rewritten
create function erase_email_in_export_log(p_email text) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    wanted text := lower(trim(p_email));
    n integer;
begin
    if wanted is null or wanted = '' then
        return 0;
    end if;
    perform set_config('euportal.audit_erasure', 'on', true);
    -- An e-mail has an '@', sent as it is or as %40: only those addresses need decoding.
    update export_log set resource = export_resource_erased(resource, wanted)
    where (resource like '%@%' or resource ilike '%\%40%')
      and export_resource_erased(resource, wanted) <> resource;
    get diagnostics n = row_count;
    perform set_config('euportal.audit_erasure', 'off', true);
    return n;
end $$;

revoke execute on function erase_email_in_export_log(text) from public;
