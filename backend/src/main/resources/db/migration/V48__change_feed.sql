-- The changes feed (GET /api/v1/changes, issue 18): one row per created, changed or deleted record, written by
-- triggers on the records' own tables in the same transaction as the write, so nothing that commits is missed
-- (also writes that bypass Hibernate, e.g. the erasure of a person) and nothing rolled back appears.
--
-- The cursor is `position`, numbered in COMMIT order, not in insert order: under concurrency a transaction
-- that inserted first may commit last, and a reader that had already moved its cursor past a later number
-- would never see the earlier one. So each transaction's rows are numbered by a deferred constraint trigger,
-- at commit, while holding the row lock of change_log_counter, which is released only once the commit is
-- visible. Hence a position is handed out only after every smaller one is visible, and a reader that sees
-- position p sees every position below it: "after=<p>" can never skip a row. The price is that writing
-- transactions serialise for the last moment of their commit (one counter row update); the portal's write
-- rate is far below what that limits. (The alternative, xid8 snapshots with pg_snapshot_xmin, orders by
-- transaction start rather than commit and can put a record's version 3 before its version 2.)
-- Transactions run at READ COMMITTED (the default); at REPEATABLE READ the counter update would fail with a
-- serialisation error when another commit numbered in between.
create table change_log (
    id          bigserial    primary key,
    position    bigint       unique,
    record_type varchar(40)  not null,
    record_id   uuid         not null,
    version     bigint       not null,
    unit_id     uuid,
    change_type varchar(10)  not null check (change_type in ('CREATED', 'UPDATED', 'DELETED')),
    changed_at  timestamptz  not null default statement_timestamp(),
    path        varchar(300) not null
);
-- The rows of transactions not yet committed (each transaction sees only its own).
create index change_log_unnumbered_idx on change_log (id) where position is null;
-- A unit member's feed: their units' rows in commit order.
create index change_log_unit_idx on change_log (unit_id, position);

create table change_log_counter (
    id            integer primary key check (id = 1),
    last_position bigint  not null
);
insert into change_log_counter values (1, 0);

-- One function for the twelve audited record tables: the record's type, its unit (looked up through its
-- parents for the child records) and its API path.
create function change_log_record() returns trigger language plpgsql as $$
declare
    r          record;
    kind       varchar(10);
    rtype      varchar(40);
    unit       uuid;
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
            rtype := 'PROJECT'; unit := r.unit_id; api_path := '/api/v1/projects/' || r.id;
        when 'project_period' then
            rtype := 'PROJECT_PERIOD';
            select p.unit_id into unit from project p where p.id = r.project_id;
            api_path := '/api/v1/projects/' || r.project_id || '/periods/' || r.number;
        when 'project_report' then
            rtype := 'REPORT';
            select p.unit_id into unit from project p where p.id = r.project_id;
            api_path := '/api/v1/reports/' || r.id;
        when 'expenditure' then
            rtype := 'EXPENDITURE';
            select p.unit_id into unit from project_report pr join project p on p.id = pr.project_id
                where pr.id = r.report_id;
            api_path := '/api/v1/reports/' || r.report_id || '/expenditures/' || r.id;
        else
            raise exception 'change_log_record: no mapping for table %', tg_table_name;
    end case;
    insert into change_log (record_type, record_id, version, unit_id, change_type, path)
        values (rtype, r.id, r.version, unit, kind, api_path);
    return null;
end $$;

-- At commit: numbers this transaction's rows in the order they were written, after every earlier commit's.
-- Runs once per inserted row; only the first that finds its row unnumbered does the work.
create function change_log_number() returns trigger language plpgsql as $$
declare
    pending bigint;
    base    bigint;
begin
    if (select c.position from change_log c where c.id = new.id) is not null then
        return null;
    end if;
    select count(*) into pending from change_log where position is null;
    update change_log_counter set last_position = last_position + pending where id = 1
        returning last_position - pending into base;
    update change_log c set position = base + o.rn
        from (select id, row_number() over (order by id) as rn from change_log where position is null) o
        where c.id = o.id;
    return null;
end $$;

create constraint trigger change_log_number after insert on change_log
    deferrable initially deferred for each row execute function change_log_number();

create trigger unit_change_log after insert or update or delete on unit
    for each row execute function change_log_record();
create trigger contact_person_change_log after insert or update or delete on contact_person
    for each row execute function change_log_record();
create trigger programme_change_log after insert or update or delete on programme
    for each row execute function change_log_record();
create trigger funding_call_change_log after insert or update or delete on funding_call
    for each row execute function change_log_record();
create trigger partner_organisation_change_log after insert or update or delete on partner_organisation
    for each row execute function change_log_record();
create trigger idea_change_log after insert or update or delete on idea
    for each row execute function change_log_record();
create trigger application_change_log after insert or update or delete on application
    for each row execute function change_log_record();
create trigger application_partner_change_log after insert or update or delete on application_partner
    for each row execute function change_log_record();
create trigger project_change_log after insert or update or delete on project
    for each row execute function change_log_record();
create trigger project_period_change_log after insert or update or delete on project_period
    for each row execute function change_log_record();
create trigger project_report_change_log after insert or update or delete on project_report
    for each row execute function change_log_record();
create trigger expenditure_change_log after insert or update or delete on expenditure
    for each row execute function change_log_record();
