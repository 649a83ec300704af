-- Control of expenditure before a claim reaches the funder (issue 19): the controllers appointed to
-- a project, the control of a financial report with its sample, a decision per sampled line, the
-- typology of errors kept by advisors, clarification requests to the unit with their answers and
-- files, the signed certificate, the control's steps, and the funder's own corrections of a claim.

-- Who may control a project's claims: a user with the realm role "controller", appointed by an advisor.
create table project_controller (
    id                   uuid primary key,
    project_id           uuid          not null references project (id),
    controller_subject   varchar(255)  not null,
    controller_name      varchar(255),
    controller_email     varchar(255),
    appointed_by_subject varchar(255)  not null,
    appointed_by_name    varchar(255),
    appointed_at         timestamptz   not null,
    version              bigint        not null default 0,
    unique (project_id, controller_subject)
);
create index project_controller_subject_idx on project_controller (controller_subject);

create table project_controller_aud (
    id                   uuid     not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint,
    project_id           uuid,
    controller_subject   varchar(255),
    controller_name      varchar(255),
    controller_email     varchar(255),
    appointed_by_subject varchar(255),
    appointed_by_name    varchar(255),
    appointed_at         timestamptz,
    primary key (rev, id)
);
create trigger project_controller_aud_append_only before update or delete on project_controller_aud
    for each row execute function audit_append_only();

-- The typology of errors a deduction names; advisors keep it (add, rename, retire).
create table control_error_type (
    code        varchar(40)   primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_sv     varchar(200)  not null,
    name_en     varchar(200)  not null,
    active      boolean       not null default true,
    sort_order  integer       not null default 100,
    version     bigint        not null default 0
);
insert into control_error_type (code, name_sv, name_en, sort_order) values
    ('INELIGIBLE_COST', 'Ej stödberättigande kostnad', 'Ineligible cost', 10),
    ('NO_EVIDENCE', 'Underlag saknas eller är otillräckligt', 'No or insufficient evidence', 20),
    ('OUTSIDE_PERIOD', 'Utanför perioden', 'Outside the period', 30),
    ('PROCUREMENT_ERROR', 'Fel vid offentlig upphandling', 'Public procurement error', 40),
    ('DOUBLE_FUNDING', 'Dubbelfinansiering', 'Double funding', 50),
    ('CALCULATION_ERROR', 'Beräkningsfel', 'Calculation error', 60),
    ('OTHER', 'Annat', 'Other', 90);

create table control_error_type_aud (
    code        varchar(40)  not null,
    rev         bigint       not null references revinfo (rev),
    revtype     smallint,
    name_sv     varchar(200),
    name_en     varchar(200),
    active      boolean,
    sort_order  integer,
    primary key (rev, code)
);
create trigger control_error_type_aud_append_only before update or delete on control_error_type_aud
    for each row execute function audit_append_only();

-- One control per financial report: running or closed; reopened with a reason.
create table report_control (
    id                   uuid primary key,
    report_id            uuid           not null unique references project_report (id),
    status               varchar(20)    not null check (status in ('RUNNING', 'CLOSED')),
    findings             varchar(8000),
    follow_up_previous   varchar(8000),
    follow_up_next       varchar(8000),
    conclusion           varchar(8000),
    started_by_subject   varchar(255)   not null,
    started_by_name      varchar(255),
    started_at           timestamptz    not null,
    closed_by_subject    varchar(255),
    closed_by_name       varchar(255),
    closed_at            timestamptz,
    reopen_reason        varchar(4000),
    updated_at           timestamptz    not null,
    version              bigint         not null default 0
);

create table report_control_aud (
    id                   uuid     not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint,
    report_id            uuid,
    status               varchar(20),
    findings             varchar(8000),
    follow_up_previous   varchar(8000),
    follow_up_next       varchar(8000),
    conclusion           varchar(8000),
    closed_by_subject    varchar(255),
    closed_by_name       varchar(255),
    closed_at            timestamptz,
    reopen_reason        varchar(4000),
    primary key (rev, id)
);
create trigger report_control_aud_append_only before update or delete on report_control_aud
    for each row execute function audit_append_only();

-- Each draw of the sample, as drawn: the method, its seed (random) or its criterion, and the lines it added.
create table control_draw (
    id            uuid primary key,
    control_id    uuid          not null references report_control (id),
    method        varchar(20)   not null check (method in ('RANDOM', 'LARGEST', 'CATEGORY', 'SUPPLIER', 'MANUAL')),
    seed          bigint,
    size          integer       check (size >= 0),
    criterion     varchar(255),
    lines_added   integer       not null,
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    at            timestamptz   not null,
    check ((method = 'RANDOM') = (seed is not null))
);
create index control_draw_control_idx on control_draw (control_id);
create trigger control_draw_immutable before update or delete on control_draw
    for each row execute function audit_append_only();

-- A line in the control's sample (or carried in, parked by an earlier control) and its decision.
create table control_line (
    id                   uuid primary key,
    control_id           uuid           not null references report_control (id),
    expenditure_id       uuid           not null references expenditure (id) on delete cascade,
    draw_id              uuid           references control_draw (id),
    carried              boolean        not null default false,
    decision             varchar(20)    check (decision in ('VERIFIED', 'DEDUCTED', 'PARKED')),
    deducted_amount      numeric(15, 2) check (deducted_amount > 0),
    error_type           varchar(40)    references control_error_type (code),
    comment              varchar(4000),
    decided_by_subject   varchar(255),
    decided_by_name      varchar(255),
    decided_at           timestamptz,
    version              bigint         not null default 0,
    unique (control_id, expenditure_id),
    check ((decision = 'DEDUCTED') = (deducted_amount is not null)),
    check ((decision = 'DEDUCTED') = (error_type is not null))
);
create index control_line_expenditure_idx on control_line (expenditure_id);

create table control_line_aud (
    id                   uuid     not null,
    rev                  bigint   not null references revinfo (rev),
    revtype              smallint,
    control_id           uuid,
    expenditure_id       uuid,
    draw_id              uuid,
    carried              boolean,
    decision             varchar(20),
    deducted_amount      numeric(15, 2),
    error_type           varchar(40),
    comment              varchar(4000),
    decided_by_subject   varchar(255),
    decided_by_name      varchar(255),
    decided_at           timestamptz,
    primary key (rev, id)
);
create trigger control_line_aud_append_only before update or delete on control_line_aud
    for each row execute function audit_append_only();

-- The control's steps (start, close, reopen with its reason), kept for its history; immutable.
create table control_event (
    id            uuid primary key,
    control_id    uuid          not null references report_control (id),
    action        varchar(20)   not null check (action in ('START', 'CLOSE', 'REOPEN')),
    comment       varchar(4000),
    actor_subject varchar(255)  not null,
    actor_name    varchar(255),
    at            timestamptz   not null
);
create index control_event_control_idx on control_event (control_id);
create trigger control_event_immutable before update or delete on control_event
    for each row execute function audit_append_only();

-- A request for clarification to the unit, and its answer.
create table control_clarification (
    id                  uuid primary key,
    control_id          uuid           not null references report_control (id),
    expenditure_id      uuid           references expenditure (id) on delete set null,
    question            varchar(4000)  not null,
    asked_by_subject    varchar(255)   not null,
    asked_by_name       varchar(255),
    asked_at            timestamptz    not null,
    due_on              date,
    answer              varchar(8000),
    answered_by_subject varchar(255),
    answered_by_name    varchar(255),
    answered_at         timestamptz,
    version             bigint         not null default 0
);
create index control_clarification_control_idx on control_clarification (control_id);

create table control_clarification_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    control_id          uuid,
    expenditure_id      uuid,
    question            varchar(4000),
    due_on              date,
    answer              varchar(8000),
    answered_by_subject varchar(255),
    answered_by_name    varchar(255),
    answered_at         timestamptz,
    primary key (rev, id)
);
create trigger control_clarification_aud_append_only before update or delete on control_clarification_aud
    for each row execute function audit_append_only();

-- Files the unit attaches to its answer.
create table control_clarification_file (
    id                   uuid primary key,
    clarification_id     uuid          not null references control_clarification (id),
    file_name            varchar(255)  not null,
    media_type           varchar(120)  not null,
    size_bytes           bigint        not null check (size_bytes > 0),
    sha256               varchar(64)   not null,
    content              bytea         not null,
    uploaded_by_subject  varchar(255)  not null,
    uploaded_by_name     varchar(255),
    uploaded_at          timestamptz   not null
);
create index control_clarification_file_idx on control_clarification_file (clarification_id);

-- The signed control certificate (a PDF); a new upload replaces it while the control runs.
create table control_certificate (
    id                   uuid primary key,
    control_id           uuid          not null unique references report_control (id),
    file_name            varchar(255)  not null,
    media_type           varchar(120)  not null,
    size_bytes           bigint        not null check (size_bytes > 0),
    sha256               varchar(64)   not null,
    content              bytea         not null,
    uploaded_by_subject  varchar(255)  not null,
    uploaded_by_name     varchar(255),
    uploaded_at          timestamptz   not null
);

-- The funder's own deductions from a paid claim, per partner and cost category, with the reason.
create table funder_correction (
    id                  uuid primary key,
    report_id           uuid           not null references project_report (id),
    partner_id          uuid           not null references partner_organisation (id),
    category            varchar(40)    not null,
    amount              numeric(15, 2) not null check (amount > 0),
    reason              varchar(4000)  not null,
    recorded_by_subject varchar(255)   not null,
    recorded_by_name    varchar(255),
    recorded_at         timestamptz    not null,
    version             bigint         not null default 0
);
create index funder_correction_report_idx on funder_correction (report_id);

create table funder_correction_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    report_id           uuid,
    partner_id          uuid,
    category            varchar(40),
    amount              numeric(15, 2),
    reason              varchar(4000),
    recorded_by_subject varchar(255),
    recorded_by_name    varchar(255),
    recorded_at         timestamptz,
    primary key (rev, id)
);
create trigger funder_correction_aud_append_only before update or delete on funder_correction_aud
    for each row execute function audit_append_only();
