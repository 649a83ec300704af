-- Project ideas and their mandatory EU-funding screening (policy 2.d.iii: "In all business and
-- project development it is mandatory to investigate the possibilities of EU funding").
-- The screening lives on the idea (one per idea, replaced as a whole), so that recording it
-- bumps the idea's version and the audit trail shows it beside the idea's other fields.

create table idea (
    id                   uuid primary key,
    unit_id              uuid          not null references unit (id),
    title                varchar(200)  not null,
    description          varchar(4000),
    estimated_cost       numeric(15, 2),
    start_date           date,
    end_date             date,
    status               varchar(10)   not null check (status in ('OPEN', 'CLOSED')),
    created_by_subject   varchar(255)  not null,
    created_by_name      varchar(255)  not null,
    created_at           timestamptz   not null,
    closed_at            timestamptz,
    screening_investigated boolean,
    screening_outcome    varchar(30) check (screening_outcome in ('APPLY', 'NOT_ELIGIBLE', 'NOT_WORTH_APPLYING', 'OTHER_FUNDING')),
    screening_reason     varchar(2000),
    screened_by_subject  varchar(255),
    screened_by_name     varchar(255),
    screened_at          timestamptz,
    version              bigint        not null default 0,
    constraint idea_cost_not_negative check (estimated_cost is null or estimated_cost >= 0),
    constraint idea_period check (start_date is null or end_date is null or end_date >= start_date),
    -- A screening is recorded whole or not at all.
    constraint idea_screening_whole check (
        (screened_at is null and screening_investigated is null and screening_outcome is null
            and screening_reason is null and screened_by_subject is null)
        or (screened_at is not null and screening_investigated is not null and screening_outcome is not null
            and screening_reason is not null and screened_by_subject is not null)),
    -- Without investigating EU funding one cannot conclude to apply.
    constraint idea_screening_apply_investigated check (screening_investigated or screening_outcome <> 'APPLY'),
    -- IDEA-001: an idea is closed only once screened.
    constraint idea_closed_screened check (status <> 'CLOSED' or screened_at is not null),
    constraint idea_closed_at check ((status = 'CLOSED') = (closed_at is not null))
);
create index idea_unit_idx on idea (unit_id);
create index idea_created_at_idx on idea (created_at);

-- Programmes and calls considered in the screening.
create table idea_programme (
    idea_id       uuid not null references idea (id) on delete cascade,
    programme_id  uuid not null references programme (id),
    primary key (idea_id, programme_id)
);
create index idea_programme_programme_idx on idea_programme (programme_id);

create table idea_call (
    idea_id  uuid not null references idea (id) on delete cascade,
    call_id  uuid not null references funding_call (id),
    primary key (idea_id, call_id)
);
create index idea_call_call_idx on idea_call (call_id);

create table idea_aud (
    id                   uuid     not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint,
    unit_id              uuid,
    title                varchar(200),
    description          varchar(4000),
    estimated_cost       numeric(15, 2),
    start_date           date,
    end_date             date,
    status               varchar(10),
    created_by_subject   varchar(255),
    created_by_name      varchar(255),
    created_at           timestamptz,
    closed_at            timestamptz,
    screening_investigated boolean,
    screening_outcome    varchar(30),
    screening_reason     varchar(2000),
    screened_by_subject  varchar(255),
    screened_by_name     varchar(255),
    screened_at          timestamptz,
    primary key (rev, id)
);

create table idea_programme_aud (
    rev           bigint   not null references revinfo (rev),
    revtype       smallint,
    idea_id       uuid     not null,
    programme_id  uuid     not null,
    primary key (rev, idea_id, programme_id)
);

create table idea_call_aud (
    rev      bigint   not null references revinfo (rev),
    revtype  smallint,
    idea_id  uuid     not null,
    call_id  uuid     not null,
    primary key (rev, idea_id, call_id)
);

create trigger idea_aud_append_only before update or delete on idea_aud
    for each row execute function audit_append_only();
create trigger idea_programme_aud_append_only before update or delete on idea_programme_aud
    for each row execute function audit_append_only();
create trigger idea_call_aud_append_only before update or delete on idea_call_aud
    for each row execute function audit_append_only();
