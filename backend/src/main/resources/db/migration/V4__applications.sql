-- Funding applications, their workflow transitions and the immutable snapshots taken at submission.

create table application (
    id                uuid primary key,
    unit_id           uuid          not null references unit (id),
    call_id           uuid          references funding_call (id),
    idea_id           uuid,
    title             varchar(300)  not null,
    acronym           varchar(30),
    summary           text,
    objectives        text,
    work_packages     jsonb         not null default '[]',
    period_start      date,
    period_end        date,
    status            varchar(20)   not null check (status in ('DRAFT', 'UNIT_APPROVED', 'IN_REVIEW',
                          'READY_TO_SUBMIT', 'SUBMITTED', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    internal_status   varchar(200),
    funder_reference  varchar(100),
    submitted_on      date,
    decision_on       date,
    granted_amount    numeric(15, 2) check (granted_amount > 0),
    rejection_reason  text,
    created_by_subject varchar(255) not null,
    created_by_name   varchar(255),
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint application_period check (period_end is null or period_start is null or period_end >= period_start)
);
create index application_unit_idx on application (unit_id);
create index application_call_idx on application (call_id);
create index application_status_idx on application (status);

create table application_aud (
    id                uuid     not null,
    rev               bigint   not null references revinfo (rev),
    revtype           smallint,
    unit_id           uuid,
    call_id           uuid,
    idea_id           uuid,
    title             varchar(300),
    acronym           varchar(30),
    summary           text,
    objectives        text,
    work_packages     jsonb,
    period_start      date,
    period_end        date,
    status            varchar(20),
    internal_status   varchar(200),
    funder_reference  varchar(100),
    submitted_on      date,
    decision_on       date,
    granted_amount    numeric(15, 2),
    rejection_reason  text,
    primary key (rev, id)
);
create trigger application_aud_append_only before update or delete on application_aud
    for each row execute function audit_append_only();

-- Every workflow step: who, when, from which state to which, and why.
create table application_transition (
    id             uuid primary key,
    application_id uuid         not null references application (id),
    action         varchar(30)  not null,
    from_status    varchar(20)  not null,
    to_status      varchar(20)  not null,
    comment        text,
    actor_subject  varchar(255) not null,
    actor_name     varchar(255),
    at             timestamptz  not null
);
create index application_transition_app_idx on application_transition (application_id, at);

-- What was submitted, frozen: later edits never change it.
create table application_snapshot (
    id             uuid primary key,
    application_id uuid         not null references application (id),
    submitted_at   timestamptz  not null,
    content        text         not null,
    sha256         varchar(64)  not null check (length(sha256) = 64)
);
create index application_snapshot_app_idx on application_snapshot (application_id);

create function immutable_row() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable (% refused)', tg_table_name, tg_op;
end;
$$;
create trigger application_transition_immutable before update or delete on application_transition
    for each row execute function immutable_row();
create trigger application_snapshot_immutable before update or delete on application_snapshot
    for each row execute function immutable_row();
