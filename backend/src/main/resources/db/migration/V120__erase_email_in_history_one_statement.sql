-- erase_email_in_history (V85) held the same check and update three times, once per register. One
-- statement now serves all three, its table, column and keys chosen from a fixed list (never from the
-- caller's text: p_register only selects a row of it), so the function stays safe as SECURITY DEFINER.
create or replace function erase_email_in_history(p_register text, p_email text) returns integer
    language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    wanted text := lower(trim(p_email));
    tbl text; col text; kept text[]; cleared text[]; what text;
    held boolean;
    n integer;
begin
    if wanted is null or wanted = '' then
        return 0;
    end if;
    case p_register
        when 'partner_organisation' then
            tbl := 'partner_organisation'; col := 'contacts'; kept := array['role']; cleared := array['email', 'phone'];
            what := 'partner organisations'' contacts';
        when 'twin_town' then
            tbl := 'twin_town'; col := 'contacts'; kept := array['role']; cleared := array['email', 'phone'];
            what := 'twin towns'' contacts';
        when 'external_network' then
            tbl := 'external_network'; col := 'members'; kept := array['unitId', 'role']; cleared := array['email'];
            what := 'external networks'' members';
        else
            raise exception 'no register %', p_register using errcode = '22023';
    end case;
    execute format('select exists (select 1 from %I r, jsonb_array_elements(r.%I) p
                    where jsonb_typeof(r.%I) = ''array'' and lower(trim(p->>''email'')) = $1)', tbl, col, col)
        into held using wanted;
    if held then
        raise exception 'the e-mail is still among %', what using errcode = '42501';
    end if;
    perform set_config('euportal.audit_erasure', 'on', true);
    execute format('update %I set %I = erased_people(%I, $1, $2, $3)
                    where jsonb_typeof(%I) = ''array'' and exists (
                        select 1 from jsonb_array_elements(%I) p where lower(trim(p->>''email'')) = $1)',
                   tbl || '_aud', col, col, col, col)
        using wanted, kept, cleared;
    get diagnostics n = row_count;
    perform set_config('euportal.audit_erasure', 'off', true);
    return n;
end $$;
