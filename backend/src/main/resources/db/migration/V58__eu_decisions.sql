-- EU decisions that affect the municipality (issue 20): the office's record and assessment, the
-- actions decided, and each concerned unit's own answer.

create table eu_decision (
    id                 uuid primary key,
    title              varchar(300)  not null,
    act_reference      varchar(500)  not null,
    decided_on         date          not null,
    main_task          varchar(40)   not null check (main_task in ('SUPERVISION_AND_CONTROL', 'COMMUNITY_PLANNING',
                           'SERVICES', 'REGIONAL_AND_LOCAL_DEVELOPMENT', 'EMPLOYER_QUESTIONS')),
    unit_ids           jsonb         not null default '[]',
    impact_assessment  text,
    actions            jsonb         not null default '[]',
    status             varchar(20)   not null check (status in ('REGISTERED', 'UNDER_FOLLOW_UP', 'CLOSED')),
    created_by_subject varchar(255)  not null,
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index eu_decision_decided_idx on eu_decision (decided_on);

create table eu_decision_aud (
    id                 uuid     not null,
    rev                bigint   not null references revinfo (rev),
    revtype            smallint,
    title              varchar(300),
    act_reference      varchar(500),
    decided_on         date,
    main_task          varchar(40),
    unit_ids           jsonb,
    impact_assessment  text,
    actions            jsonb,
    status             varchar(20),
    created_by_subject varchar(255),
    created_at         timestamptz,
    primary key (rev, id)
);
create trigger eu_decision_aud_append_only before update or delete on eu_decision_aud
    for each row execute function audit_append_only();

create table eu_decision_answer (
    id                  uuid primary key,
    decision_id         uuid          not null references eu_decision (id) on delete cascade,
    unit_id             uuid          not null references unit (id),
    assessment          text          not null,
    answered_by_subject varchar(255)  not null,
    answered_by_name    varchar(255),
    answered_at         timestamptz   not null,
    version             bigint        not null default 0,
    unique (decision_id, unit_id)
);

create table eu_decision_answer_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    decision_id         uuid,
    unit_id             uuid,
    assessment          text,
    answered_by_subject varchar(255),
    answered_by_name    varchar(255),
    answered_at         timestamptz,
    primary key (rev, id)
);
create index eu_decision_answer_aud_decision_idx on eu_decision_answer_aud (decision_id);
create trigger eu_decision_answer_aud_append_only before update or delete on eu_decision_answer_aud
    for each row execute function audit_append_only();
