-- Watching funds and calls (issue 20): what a user or a unit watches, the calls each watch matched,
-- and which notices went to whom, so a re-import tells no one twice.

create table call_watch (
    id                 uuid primary key,
    name               varchar(200)  not null,
    -- a personal watch has an owner; a unit's watch has a unit (its coordinators are told)
    owner_subject      varchar(255),
    unit_id            uuid          references unit (id),
    words              jsonb         not null default '[]',
    programme_ids      jsonb         not null default '[]',
    funds              jsonb         not null default '[]',
    applicant_types    jsonb         not null default '[]',
    min_grant          numeric(15, 2) check (min_grant >= 0),
    created_by_subject varchar(255)  not null,
    created_by_name    varchar(255),
    created_at         timestamptz   not null,
    version            bigint        not null default 0,
    check ((owner_subject is null) <> (unit_id is null))
);
create index call_watch_owner_idx on call_watch (owner_subject);
create index call_watch_unit_idx on call_watch (unit_id);

create table call_watch_aud (
    id                 uuid     not null,
    rev                bigint   not null references revinfo (rev),
    revtype            smallint,
    name               varchar(200),
    owner_subject      varchar(255),
    unit_id            uuid,
    words              jsonb,
    programme_ids      jsonb,
    funds              jsonb,
    applicant_types    jsonb,
    min_grant          numeric(15, 2),
    created_by_subject varchar(255),
    created_by_name    varchar(255),
    created_at         timestamptz,
    primary key (rev, id)
);
create trigger call_watch_aud_append_only before update or delete on call_watch_aud
    for each row execute function audit_append_only();

-- A call a watch matched; "notified" is false for the calls that already matched when the watch was saved.
create table call_watch_match (
    watch_id    uuid         not null references call_watch (id) on delete cascade,
    call_id     uuid         not null references funding_call (id) on delete cascade,
    matched_at  timestamptz  not null,
    notified    boolean      not null,
    primary key (watch_id, call_id)
);
create index call_watch_match_call_idx on call_watch_match (call_id);

-- One notice per person, record (a call or an EU decision) and event (MATCH, DEADLINE/<new deadline>,
-- CANCELLED, CONCERNED): never twice.
create table call_watch_notice (
    recipient_subject varchar(255) not null,
    call_id           uuid         not null,
    event             varchar(100) not null,
    notified_at       timestamptz  not null,
    primary key (recipient_subject, call_id, event)
);

-- A topic the funder cancelled (Funding & Tenders callStatus "cancelled"): closed, and said so.
alter table funding_call add column cancelled boolean not null default false;
alter table funding_call_aud add column cancelled boolean;

-- The daily digest also carries the new matches and the changed calls.
alter table reminder drop constraint reminder_kind_check;
alter table reminder add constraint reminder_kind_check
    check (kind in ('REPORT_DUE', 'CALL_DEADLINE', 'CALL_MATCH', 'CALL_CHANGED', 'EU_DECISION'));
