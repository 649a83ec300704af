-- A granted application becomes a project (RUNNING → CLOSING → CLOSED → ARCHIVED).

create table project (
    id              uuid primary key,
    application_id  uuid          not null references application (id),
    unit_id         uuid          not null references unit (id),
    call_id         uuid          references funding_call (id),
    title           varchar(300)  not null,
    acronym         varchar(30),
    period_start    date,
    period_end      date,
    granted_amount  numeric(15, 2) not null check (granted_amount > 0),
    status          varchar(20)   not null check (status in ('RUNNING', 'CLOSING', 'CLOSED', 'ARCHIVED')),
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);
create unique index project_application_uk on project (application_id);
create index project_unit_idx on project (unit_id);

create table project_aud (
    id              uuid     not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint,
    application_id  uuid,
    unit_id         uuid,
    call_id         uuid,
    title           varchar(300),
    acronym         varchar(30),
    period_start    date,
    period_end      date,
    granted_amount  numeric(15, 2),
    status          varchar(20),
    primary key (rev, id)
);
create trigger project_aud_append_only before update or delete on project_aud
    for each row execute function audit_append_only();
