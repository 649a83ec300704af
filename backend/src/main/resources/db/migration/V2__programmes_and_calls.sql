-- EU programmes with their rule set as data, and their calls for proposals.

create table programme (
    id                  uuid primary key,
    code                varchar(40)  not null,
    fund                varchar(30)  not null check (fund in ('ERDF', 'ESF_PLUS', 'INTERREG', 'ERASMUS_PLUS',
                            'HORIZON_EUROPE', 'CERV', 'AMIF', 'LIFE', 'OTHER')),
    name                varchar(300) not null,
    managing_authority  varchar(300),
    rules               jsonb        not null,
    version             bigint       not null default 0
);
create unique index programme_code_uk on programme (code);

create table funding_call (
    id                        uuid primary key,
    programme_id              uuid          not null references programme (id),
    identifier                varchar(100)  not null,
    title                     varchar(500)  not null,
    description               text,
    action_type               varchar(100),
    opens_at                  timestamptz,
    closes_at                 timestamptz   not null,
    time_zone                 varchar(60)   not null,
    announced_status          varchar(20)   not null check (announced_status in ('FORTHCOMING', 'OPEN', 'CLOSED')),
    budget                    numeric(15, 2) check (budget >= 0),
    grant_min                 numeric(15, 2) check (grant_min >= 0),
    grant_max                 numeric(15, 2) check (grant_max >= 0),
    expected_grants           integer       check (expected_grants >= 0),
    eligible_applicant_types  jsonb         not null default '[]',
    topics                    jsonb         not null default '[]',
    url                       varchar(500),
    rules                     jsonb,
    version                   bigint        not null default 0,
    constraint funding_call_period check (opens_at is null or opens_at <= closes_at),
    -- Full-text search over identifier, title, topics and description (English stemming; the
    -- identifier and topics also as plain words so that codes such as HORIZON-CL5 match).
    search_vector tsvector generated always as (
        setweight(to_tsvector('simple', identifier), 'A') ||
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('simple', topics::text), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')
    ) stored
);
create unique index funding_call_identifier_uk on funding_call (identifier);
create index funding_call_programme_idx on funding_call (programme_id);
create index funding_call_closes_idx on funding_call (closes_at);
create index funding_call_search_idx on funding_call using gin (search_vector);

create table programme_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    code                varchar(40),
    fund                varchar(30),
    name                varchar(300),
    managing_authority  varchar(300),
    rules               jsonb,
    primary key (rev, id)
);

create table funding_call_aud (
    id                        uuid     not null,
    rev                       bigint   not null references revinfo (rev),
    revtype                   smallint,
    programme_id              uuid,
    identifier                varchar(100),
    title                     varchar(500),
    description               text,
    action_type               varchar(100),
    opens_at                  timestamptz,
    closes_at                 timestamptz,
    time_zone                 varchar(60),
    announced_status          varchar(20),
    budget                    numeric(15, 2),
    grant_min                 numeric(15, 2),
    grant_max                 numeric(15, 2),
    expected_grants           integer,
    eligible_applicant_types  jsonb,
    topics                    jsonb,
    url                       varchar(500),
    rules                     jsonb,
    primary key (rev, id)
);

create trigger programme_aud_append_only before update or delete on programme_aud
    for each row execute function audit_append_only();
create trigger funding_call_aud_append_only before update or delete on funding_call_aud
    for each row execute function audit_append_only();
