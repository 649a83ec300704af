-- The International Office's annual work plan and its follow-up (issue 20, policy 2.d.ii): a plan per
-- year whose goals, activities and indicators are one document (edited as a whole, with If-Match),
-- follow-ups per tertial whose figures are kept as recorded, and the office's financing per year.

create table work_plan (
    id                 uuid primary key,
    year               integer        not null unique check (year between 2000 and 2999),
    title              varchar(300)   not null,
    goals              jsonb          not null,
    created_by_subject varchar(255)   not null,
    created_by_name    varchar(255),
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    version            bigint         not null default 0
);

create table work_plan_aud (
    id        uuid     not null,
    rev       bigint   not null references revinfo (rev),
    revtype   smallint,
    year      integer,
    title     varchar(300),
    goals     jsonb,
    primary key (rev, id)
);
create trigger work_plan_aud_append_only before update or delete on work_plan_aud
    for each row execute function audit_append_only();

-- One follow-up per plan and tertial (T1 to 30 April, T2 to 31 August, T3 to the year's end).
create table work_plan_follow_up (
    id                   uuid primary key,
    plan_id              uuid          not null references work_plan (id),
    tertial              varchar(2)    not null check (tertial in ('T1', 'T2', 'T3')),
    content              jsonb         not null,
    recorded_by_subject  varchar(255)  not null,
    recorded_by_name     varchar(255),
    recorded_at          timestamptz   not null,
    reported_by_subject  varchar(255),
    reported_by_name     varchar(255),
    reported_at          timestamptz,
    version              bigint        not null default 0,
    unique (plan_id, tertial),
    check ((reported_at is null) = (reported_by_subject is null))
);

create table work_plan_follow_up_aud (
    id                   uuid     not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint,
    plan_id              uuid,
    tertial              varchar(2),
    content              jsonb,
    recorded_by_subject  varchar(255),
    recorded_by_name     varchar(255),
    recorded_at          timestamptz,
    reported_by_subject  varchar(255),
    reported_by_name     varchar(255),
    reported_at          timestamptz,
    primary key (rev, id)
);
create trigger work_plan_follow_up_aud_append_only before update or delete on work_plan_follow_up_aud
    for each row execute function audit_append_only();

-- The office's financing of a year by source, in SEK, and the project-financed share it aims at.
create table office_financing (
    year               integer         primary key check (year between 2000 and 2999),
    municipal_grant    numeric(15, 2)  not null check (municipal_grant >= 0),
    company_grants     numeric(15, 2)  not null check (company_grants >= 0),
    project_income     numeric(15, 2)  not null check (project_income >= 0),
    target_percent     numeric(5, 2)   check (target_percent between 0 and 100),
    updated_by_subject varchar(255)    not null,
    updated_by_name    varchar(255),
    updated_at         timestamptz     not null,
    version            bigint          not null default 0
);

create table office_financing_aud (
    year               integer   not null,
    rev                bigint    not null references revinfo (rev),
    revtype            smallint,
    municipal_grant    numeric(15, 2),
    company_grants     numeric(15, 2),
    project_income     numeric(15, 2),
    target_percent     numeric(5, 2),
    primary key (rev, year)
);
create trigger office_financing_aud_append_only before update or delete on office_financing_aud
    for each row execute function audit_append_only();

-- Board reports of a follow-up are Word documents too; list exports are recorded with their resource.
alter table export_log drop constraint export_log_kind_check;
alter table export_log add constraint export_log_kind_check
    check (kind in ('PDF', 'XLSX', 'AUDIT_PACKAGE', 'CSV', 'DOCX'));
