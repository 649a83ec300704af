-- Partner organisations (the register) with their cooperation history, partner searches with
-- expressions of interest, and the partnership of an application.

-- Lists of words (jsonb arrays) become text for to_tsvector; jsonb's own to_tsvector keeps only
-- string values, which is what we want, and is immutable so it can feed a generated column.
create table partner_organisation (
    id                 uuid primary key,
    legal_name         varchar(300) not null,
    english_name       varchar(300),
    -- ISO 3166-1 alpha-2; null only for imported organisations whose source gives no country
    country            varchar(2),
    region             varchar(200),
    city               varchar(200),
    org_type           varchar(30)  not null check (org_type in ('MUNICIPALITY', 'REGION', 'PUBLIC_AUTHORITY',
                           'UNIVERSITY', 'RESEARCH_BODY', 'SME', 'LARGE_COMPANY', 'NGO', 'OTHER')),
    pic                varchar(9)      check (pic ~ '^[0-9]{9}$'),
    vat_number         varchar(20),
    website            varchar(500),
    expertise          jsonb        not null default '[]',
    languages          jsonb        not null default '[]',
    description        text,
    contacts           jsonb        not null default '[]',
    twin_town          boolean      not null default false,
    networks           jsonb        not null default '[]',
    -- The name reduced for duplicate detection (see NameKey); kept by the application.
    name_key           varchar(300) not null,
    -- Derived from the cooperation history (partner_participation), kept by the import.
    history_terms      text,
    projects_count     integer      not null default 0,
    coordinated_count  integer      not null default 0,
    version            bigint       not null default 0,
    -- Weighted: names A, expertise B, description and place C, topics of past EU projects D.
    -- English and Swedish stemming, and plain words for names, acronyms and keywords.
    search_doc tsvector generated always as (
        setweight(to_tsvector('simple', legal_name || ' ' || coalesce(english_name, '')), 'A') ||
        setweight(to_tsvector('english', legal_name || ' ' || coalesce(english_name, '')), 'A') ||
        setweight(to_tsvector('swedish', legal_name), 'A') ||
        setweight(to_tsvector('simple', expertise), 'B') ||
        setweight(to_tsvector('english', expertise), 'B') ||
        setweight(to_tsvector('swedish', expertise), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '') || ' ' || coalesce(city, '') || ' '
            || coalesce(region, '')), 'C') ||
        setweight(to_tsvector('swedish', coalesce(description, '')), 'C') ||
        setweight(to_tsvector('english', coalesce(history_terms, '')), 'D')
    ) stored
);
create unique index partner_organisation_pic_uk on partner_organisation (pic);
create unique index partner_organisation_vat_uk on partner_organisation (vat_number);
create index partner_organisation_country_idx on partner_organisation (country, name_key);
create index partner_organisation_name_idx on partner_organisation (name_key);
create index partner_organisation_search_idx on partner_organisation using gin (search_doc);
create index partner_organisation_networks_idx on partner_organisation using gin (networks);

create table partner_organisation_aud (
    id            uuid     not null,
    rev           bigint   not null references revinfo (rev),
    revtype       smallint,
    legal_name    varchar(300),
    english_name  varchar(300),
    country       varchar(2),
    region        varchar(200),
    city          varchar(200),
    org_type      varchar(30),
    pic           varchar(9),
    vat_number    varchar(20),
    website       varchar(500),
    expertise     jsonb,
    languages     jsonb,
    description   text,
    contacts      jsonb,
    twin_town     boolean,
    networks      jsonb,
    primary key (rev, id)
);
create trigger partner_organisation_aud_append_only before update or delete on partner_organisation_aud
    for each row execute function audit_append_only();

-- Cooperation history from outside sources (CORDIS): one row per organisation per project.
create table partner_participation (
    id               uuid primary key,
    organisation_id  uuid          not null references partner_organisation (id) on delete cascade,
    source           varchar(20)   not null,
    project_ref      varchar(50)   not null,
    acronym          varchar(100),
    role             varchar(30),
    programme        varchar(300),
    topic_code       varchar(100),
    topic            varchar(500),
    start_date       date,
    end_date         date,
    eu_contribution  numeric(15, 2),
    unique (organisation_id, source, project_ref)
);

create table partner_search (
    id                  uuid primary key,
    unit_id             uuid          not null references unit (id),
    idea_id             uuid          references idea (id),
    application_id      uuid          references application (id),
    call_id             uuid          references funding_call (id),
    title               varchar(300)  not null,
    topic               text          not null,
    roles               jsonb         not null default '[]',
    countries           jsonb         not null default '[]',
    organisation_types  jsonb         not null default '[]',
    expertise           jsonb         not null default '[]',
    interest_deadline   date,
    status              varchar(20)   not null check (status in ('OPEN', 'CLOSED')),
    -- Any word of the topic and the expertise sought, in English, Swedish or plain spelling
    -- (TextQueries.ANY_WORD); kept with the search so that an organisation's page can tell
    -- which searches it matches.
    match_query         tsquery,
    created_by_subject  varchar(255)  not null,
    created_by_name     varchar(255),
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index partner_search_unit_idx on partner_search (unit_id);

create table partner_interest (
    id                   uuid primary key,
    search_id            uuid          not null references partner_search (id) on delete cascade,
    organisation_id      uuid          not null references partner_organisation (id),
    proposed_role        varchar(30)   check (proposed_role in ('LEAD_PARTNER', 'PARTNER', 'ASSOCIATED_PARTNER')),
    note                 varchar(4000),
    received_on          date          not null,
    recorded_by_subject  varchar(255)  not null,
    recorded_by_name     varchar(255),
    recorded_at          timestamptz   not null,
    unique (search_id, organisation_id)
);
create index partner_interest_organisation_idx on partner_interest (organisation_id);

create table application_partner (
    id                uuid primary key,
    application_id    uuid          not null references application (id),
    organisation_id   uuid          not null references partner_organisation (id),
    role              varchar(30)   not null check (role in ('LEAD_PARTNER', 'PARTNER', 'ASSOCIATED_PARTNER')),
    search_id         uuid          references partner_search (id) on delete set null,
    added_by_subject  varchar(255)  not null,
    added_by_name     varchar(255),
    added_at          timestamptz   not null,
    version           bigint        not null default 0,
    unique (application_id, organisation_id)
);
-- Exactly one lead partner: the rule in PartnershipRules, and here so that two requests at once cannot both win.
create unique index application_partner_one_lead on application_partner (application_id) where role = 'LEAD_PARTNER';
create index application_partner_organisation_idx on application_partner (organisation_id);

create table application_partner_aud (
    id                uuid     not null,
    rev               bigint   not null references revinfo (rev),
    revtype           smallint,
    application_id    uuid,
    organisation_id   uuid,
    role              varchar(30),
    search_id         uuid,
    added_by_subject  varchar(255),
    added_by_name     varchar(255),
    added_at          timestamptz,
    primary key (rev, id)
);
create trigger application_partner_aud_append_only before update or delete on application_partner_aud
    for each row execute function audit_append_only();

-- A call may cap the number of partners in an application's partnership (lead partner included).
alter table funding_call add column max_partners integer check (max_partners >= 1);
alter table funding_call_aud add column max_partners integer;
