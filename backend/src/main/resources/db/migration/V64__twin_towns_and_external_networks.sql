-- Twin towns as records of their own (issue 21), linked to their organisation in the partner
-- register: the agreement (with its document), contact persons and a log of cooperation activities.
create table twin_town (
    id               uuid          primary key,
    organisation_id  uuid          not null unique references partner_organisation (id),
    name             varchar(200)  not null,
    agreement_kind   varchar(30)   not null check (agreement_kind in ('SISTER_CITY', 'TWIN_TOWN', 'FRIENDSHIP',
                                                                     'COOPERATION')),
    signed_on        date,
    renewed_on       date,
    notes            text,
    contacts         jsonb         not null default '[]',
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    check (renewed_on is null or signed_on is null or renewed_on >= signed_on)
);

create table twin_town_aud (
    id               uuid      not null,
    rev              bigint    not null references revinfo (rev),
    revtype          smallint,
    organisation_id  uuid,
    name             varchar(200),
    agreement_kind   varchar(30),
    signed_on        date,
    renewed_on       date,
    notes            text,
    contacts         jsonb,
    primary key (rev, id)
);
create trigger twin_town_aud_append_only before update or delete on twin_town_aud
    for each row execute function audit_append_only();

-- The signed agreement: one document per twin town, checked like every upload.
create table twin_town_agreement (
    id                  uuid primary key,
    twin_town_id        uuid          not null unique references twin_town (id),
    file_name           varchar(255)  not null,
    media_type          varchar(120)  not null,
    size_bytes          bigint        not null check (size_bytes > 0),
    sha256              varchar(64)   not null,
    content             bytea         not null,
    uploaded_by_subject varchar(255)  not null,
    uploaded_by_name    varchar(255),
    uploaded_at         timestamptz   not null
);

create table twin_town_activity (
    id            uuid          primary key,
    twin_town_id  uuid          not null references twin_town (id),
    kind          varchar(30)   not null check (kind in ('VISIT', 'JOINT_APPLICATION', 'PROJECT', 'EXCHANGE', 'OTHER')),
    title         varchar(300)  not null,
    starts_on     date          not null,
    ends_on       date,
    unit_ids      jsonb         not null default '[]',
    outcome       text,
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    check (ends_on is null or ends_on >= starts_on)
);
create index twin_town_activity_town_idx on twin_town_activity (twin_town_id, starts_on desc);

create table twin_town_activity_aud (
    id            uuid      not null,
    rev           bigint    not null references revinfo (rev),
    revtype       smallint,
    twin_town_id  uuid,
    kind          varchar(30),
    title         varchar(300),
    starts_on     date,
    ends_on       date,
    unit_ids      jsonb,
    outcome       text,
    primary key (rev, id)
);
create trigger twin_town_activity_aud_append_only before update or delete on twin_town_activity_aud
    for each row execute function audit_append_only();

-- External networks the office takes part in (SEU, EFFEKNET, SEUS…): the municipality's members,
-- the meetings (dated entries) and what the office brought back from them.
create table external_network (
    id           uuid           primary key,
    name         varchar(200)   not null unique,
    description  text,
    website      varchar(500),
    members      jsonb          not null default '[]',
    created_at   timestamptz    not null,
    version      bigint         not null default 0
);

create table external_network_aud (
    id           uuid      not null,
    rev          bigint    not null references revinfo (rev),
    revtype      smallint,
    name         varchar(200),
    description  text,
    website      varchar(500),
    members      jsonb,
    primary key (rev, id)
);
create trigger external_network_aud_append_only before update or delete on external_network_aud
    for each row execute function audit_append_only();

create table external_network_meeting (
    id            uuid          primary key,
    network_id    uuid          not null references external_network (id),
    held_on       date          not null,
    title         varchar(300)  not null,
    place         varchar(300),
    brought_back  text,
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index external_network_meeting_idx on external_network_meeting (network_id, held_on desc);

create table external_network_meeting_aud (
    id            uuid      not null,
    rev           bigint    not null references revinfo (rev),
    revtype       smallint,
    network_id    uuid,
    held_on       date,
    title         varchar(300),
    place         varchar(300),
    brought_back  text,
    primary key (rev, id)
);
create trigger external_network_meeting_aud_append_only before update or delete on external_network_meeting_aud
    for each row execute function audit_append_only();

-- A stored file handed out (a twin-town agreement) is recorded like every export.
alter table export_log drop constraint export_log_kind_check;
alter table export_log add constraint export_log_kind_check check (kind in ('PDF', 'XLSX', 'AUDIT_PACKAGE', 'CSV', 'DOCX', 'ICS', 'FILE'));
