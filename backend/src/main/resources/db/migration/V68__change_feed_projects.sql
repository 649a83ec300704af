-- The changes feed for controllers (issue 19): a controller reads the changes of the projects appointed to,
-- so each change of a project's records (the project, its periods, its reports and their expenditure lines)
-- names the project. Earlier rows get it from their record, their path or their report (the lines of a report
-- deleted since stay without one: nobody reads that report any more).
alter table change_log add column project_id uuid;

update change_log set project_id = record_id where record_type = 'PROJECT';
update change_log set project_id = split_part(path, '/', 5)::uuid where record_type = 'PROJECT_PERIOD';
update change_log c set project_id = pr.project_id from project_report pr
    where c.record_type = 'REPORT' and pr.id = c.record_id;
update change_log c set project_id = pr.project_id from project_report pr
    where c.record_type = 'EXPENDITURE' and pr.id = split_part(c.path, '/', 5)::uuid;

-- A controller's feed: their projects' rows in commit order.
create index change_log_project_idx on change_log (project_id, position) where project_id is not null;

-- As in V48, with the project of a project's records.
create or replace function change_log_record() returns trigger language plpgsql as $$
declare
    r          record;
    kind       varchar(10);
    rtype      varchar(40);
    unit       uuid;
    proj       uuid;
    api_path   varchar(300);
begin
    if tg_op = 'DELETE' then
        r := old;
        kind := 'DELETED';
    else
        r := new;
        kind := case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end;
        -- A write that changes nothing (e.g. an UPDATE setting the same values) is no change.
        if tg_op = 'UPDATE' and old::text = new::text then
            return null;
        end if;
    end if;
    case tg_table_name
        when 'unit' then
            rtype := 'UNIT'; unit := r.id; api_path := '/api/v1/units/' || r.id;
        when 'contact_person' then
            rtype := 'CONTACT_PERSON'; unit := r.unit_id; api_path := '/api/v1/contact-persons/' || r.id;
        when 'programme' then
            rtype := 'PROGRAMME'; api_path := '/api/v1/programmes/' || r.id;
        when 'funding_call' then
            rtype := 'CALL'; api_path := '/api/v1/calls/' || r.id;
        when 'partner_organisation' then
            rtype := 'PARTNER'; api_path := '/api/v1/partners/' || r.id;
        when 'idea' then
            rtype := 'IDEA'; unit := r.unit_id; api_path := '/api/v1/ideas/' || r.id;
        when 'application' then
            rtype := 'APPLICATION'; unit := r.unit_id; api_path := '/api/v1/applications/' || r.id;
        when 'application_partner' then
            rtype := 'APPLICATION_PARTNER';
            select a.unit_id into unit from application a where a.id = r.application_id;
            api_path := '/api/v1/applications/' || r.application_id || '/partners/' || r.id;
        when 'project' then
            rtype := 'PROJECT'; unit := r.unit_id; proj := r.id; api_path := '/api/v1/projects/' || r.id;
        when 'project_period' then
            rtype := 'PROJECT_PERIOD'; proj := r.project_id;
            select p.unit_id into unit from project p where p.id = r.project_id;
            api_path := '/api/v1/projects/' || r.project_id || '/periods/' || r.number;
        when 'project_report' then
            rtype := 'REPORT'; proj := r.project_id;
            select p.unit_id into unit from project p where p.id = r.project_id;
            api_path := '/api/v1/reports/' || r.id;
        when 'expenditure' then
            rtype := 'EXPENDITURE';
            select p.unit_id, p.id into unit, proj from project_report pr join project p on p.id = pr.project_id
                where pr.id = r.report_id;
            api_path := '/api/v1/reports/' || r.report_id || '/expenditures/' || r.id;
        else
            raise exception 'change_log_record: no mapping for table %', tg_table_name;
    end case;
    insert into change_log (record_type, record_id, version, unit_id, project_id, change_type, path)
        values (rtype, r.id, r.version, unit, proj, kind, api_path);
    return null;
end $$;
