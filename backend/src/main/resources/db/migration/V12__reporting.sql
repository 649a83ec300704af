-- Running projects: the reporting schedule, progress/financial/final reports with their
-- expenditure lines and evidence, the monthly exchange rates a claim is converted at, and the
-- funder's payments.

-- Monthly EUR rates (InforEuro quotes units of the currency per 1 EUR, e.g. 11.4830 SEK).
create table exchange_rate (
    currency            varchar(3)     not null check (currency ~ '^[A-Z]{3}$' and currency <> 'EUR'),
    month               date           not null check (extract(day from month) = 1),
    units_per_eur       numeric(14, 6) not null check (units_per_eur > 0),
    source              varchar(200),
    updated_by_subject  varchar(255)   not null,
    updated_by_name     varchar(255),
    updated_at          timestamptz    not null,
    version             bigint         not null default 0,
    primary key (currency, month)
);

-- A project's reporting periods, derived from the programme's period length; advisors may move a
-- report's deadline.
create table project_period (
    id           uuid primary key,
    project_id   uuid    not null references project (id),
    number       integer not null check (number >= 1),
    starts_on    date    not null,
    ends_on      date    not null check (ends_on >= starts_on),
    report_due   date    not null,
    version      bigint  not null default 0,
    unique (project_id, number)
);

create table project_period_aud (
    id          uuid     not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint,
    project_id  uuid,
    number      integer,
    starts_on   date,
    ends_on     date,
    report_due  date,
    primary key (rev, id)
);
create trigger project_period_aud_append_only before update or delete on project_period_aud
    for each row execute function audit_append_only();

create table project_report (
    id                  uuid primary key,
    project_id          uuid           not null references project (id),
    kind                varchar(20)    not null check (kind in ('PROGRESS', 'FINANCIAL', 'FINAL')),
    period_number       integer        check (period_number >= 1),
    status              varchar(20)    not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'SENT_TO_FUNDER')),
    content             jsonb          not null,
    -- a financial report's EUR rate: the month of its first submission, frozen then
    rate_month          date,
    units_per_eur       numeric(14, 6),
    first_submitted_at  timestamptz,
    reopen_reason       varchar(4000),
    sent_on             date,
    funder_reference    varchar(100),
    -- a claim's EU amount as sent to the funder (in the budget's currency), and the funder's payment
    eu_claimed          numeric(15, 2) check (eu_claimed >= 0),
    paid_amount         numeric(15, 2) check (paid_amount >= 0),
    paid_on             date,
    created_by_subject  varchar(255)   not null,
    created_by_name     varchar(255),
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null default 0,
    check ((kind = 'FINAL') = (period_number is null)),
    check ((rate_month is null) = (units_per_eur is null))
);
create unique index project_report_period_uk on project_report (project_id, kind, period_number)
    where period_number is not null;
create unique index project_report_final_uk on project_report (project_id) where kind = 'FINAL';

create table project_report_aud (
    id                uuid     not null,
    rev               bigint   not null references revinfo (rev),
    revtype           smallint,
    project_id        uuid,
    kind              varchar(20),
    period_number     integer,
    status            varchar(20),
    content           jsonb,
    rate_month        date,
    units_per_eur     numeric(14, 6),
    reopen_reason     varchar(4000),
    sent_on           date,
    funder_reference  varchar(100),
    eu_claimed        numeric(15, 2),
    paid_amount       numeric(15, 2),
    paid_on           date,
    primary key (rev, id)
);
create trigger project_report_aud_append_only before update or delete on project_report_aud
    for each row execute function audit_append_only();

create table report_transition (
    id             uuid primary key,
    report_id      uuid          not null references project_report (id),
    action         varchar(30)   not null,
    from_status    varchar(20)   not null,
    to_status      varchar(20)   not null,
    comment        varchar(4000),
    actor_subject  varchar(255)  not null,
    actor_name     varchar(255),
    at             timestamptz   not null
);
create index report_transition_report_idx on report_transition (report_id, at);
create trigger report_transition_immutable before update or delete on report_transition
    for each row execute function immutable_row();

-- A financial report's expenditure: one paid invoice (or salary) per line.
create table expenditure (
    id               uuid primary key,
    report_id        uuid           not null references project_report (id),
    partner_id       uuid           not null references partner_organisation (id),
    category         varchar(40)    not null,
    spent_on         date           not null,
    supplier         varchar(300)   not null,
    description      varchar(1000)  not null,
    invoice_number   varchar(100),
    paid_on          date,
    amount           numeric(15, 2) not null check (amount > 0),
    currency         varchar(3)     not null check (currency in ('SEK', 'EUR')),
    vat_amount       numeric(15, 2) not null default 0 check (vat_amount >= 0 and vat_amount <= amount),
    vat_recoverable  boolean        not null,
    version          bigint         not null default 0
);
create index expenditure_report_idx on expenditure (report_id);

create table expenditure_aud (
    id               uuid     not null,
    rev              bigint   not null references revinfo (rev),
    revtype          smallint,
    report_id        uuid,
    partner_id       uuid,
    category         varchar(40),
    spent_on         date,
    supplier         varchar(300),
    description      varchar(1000),
    invoice_number   varchar(100),
    paid_on          date,
    amount           numeric(15, 2),
    currency         varchar(3),
    vat_amount       numeric(15, 2),
    vat_recoverable  boolean,
    primary key (rev, id)
);
create trigger expenditure_aud_append_only before update or delete on expenditure_aud
    for each row execute function audit_append_only();

-- Evidence of an expenditure line (invoice, payslip, proof of payment).
create table expenditure_evidence (
    id                   uuid primary key,
    expenditure_id       uuid          not null references expenditure (id),
    file_name            varchar(255)  not null,
    media_type           varchar(120)  not null,
    size_bytes           bigint        not null check (size_bytes > 0),
    sha256               varchar(64)   not null,
    content              bytea         not null,
    uploaded_by_subject  varchar(255)  not null,
    uploaded_by_name     varchar(255),
    uploaded_at          timestamptz   not null
);
create index expenditure_evidence_idx on expenditure_evidence (expenditure_id);
