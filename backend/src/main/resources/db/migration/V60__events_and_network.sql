-- Trainings and events of the International Office (issue 21): the event, its registrations
-- (users and guests without an account), its materials, and each user's calendar feed secret.

create table event (
    id                  uuid primary key,
    title               varchar(300)  not null,
    kind                varchar(30)   not null check (kind in ('TRAINING', 'INFORMATION_MEETING', 'NETWORK_MEETING',
                            'STUDY_VISIT', 'TWIN_TOWN_VISIT', 'EXTERNAL_NETWORK_MEETING')),
    starts_at           timestamptz   not null,
    ends_at             timestamptz   not null,
    place               varchar(300),
    link                varchar(500),
    audience            varchar(30)   not null check (audience in ('ALL', 'UNITS', 'NETWORK', 'ELECTED_OFFICIALS')),
    -- unit ids, comma-separated, when the audience is UNITS
    audience_units      varchar(2000) not null default '',
    organiser           varchar(300)  not null,
    description         text,
    capacity            integer       check (capacity > 0),
    created_by_subject  varchar(255)  not null,
    created_by_name     varchar(255),
    created_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint event_period check (ends_at > starts_at)
);
create index event_starts_idx on event (starts_at);

create table event_aud (
    id                  uuid     not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    title               varchar(300),
    kind                varchar(30),
    starts_at           timestamptz,
    ends_at             timestamptz,
    place               varchar(300),
    link                varchar(500),
    audience            varchar(30),
    audience_units      varchar(2000),
    organiser           varchar(300),
    description         text,
    capacity            integer,
    created_by_subject  varchar(255),
    created_by_name     varchar(255),
    created_at          timestamptz,
    primary key (rev, id)
);
create trigger event_aud_append_only before update or delete on event_aud
    for each row execute function audit_append_only();

-- A seat (REGISTERED), a place in the queue (WAITING) or a cancelled registration. A user has at
-- most one row per event (cancelling and registering again reuses it); a guest is a name and e-mail.
create table event_registration (
    id                     uuid primary key,
    event_id               uuid          not null references event (id),
    user_subject           varchar(255)  references app_user (subject),
    guest_name             varchar(255),
    guest_email            varchar(320),
    name                   varchar(255),
    status                 varchar(20)   not null check (status in ('REGISTERED', 'WAITING', 'CANCELLED')),
    -- the queue's order: when the row last asked for a seat
    queued_at              timestamptz   not null,
    attended               boolean,
    registered_by_subject  varchar(255)  not null,
    registered_by_name     varchar(255),
    erased                 boolean       not null default false,
    version                bigint        not null default 0,
    check ((user_subject is null) = (guest_name is not null))
);
create unique index event_registration_user_uk on event_registration (event_id, user_subject) where user_subject is not null;
create unique index event_registration_guest_uk on event_registration (event_id, lower(guest_email))
    where guest_email is not null and not erased;
create index event_registration_event_idx on event_registration (event_id, status, queued_at);
create index event_registration_user_idx on event_registration (user_subject);

create table event_registration_aud (
    id                     uuid     not null,
    rev                    bigint   not null references revinfo (rev),
    revtype                smallint,
    event_id               uuid,
    user_subject           varchar(255),
    guest_name             varchar(255),
    guest_email            varchar(320),
    name                   varchar(255),
    status                 varchar(20),
    queued_at              timestamptz,
    attended               boolean,
    registered_by_subject  varchar(255),
    registered_by_name     varchar(255),
    erased                 boolean,
    primary key (rev, id)
);
create trigger event_registration_aud_append_only before update or delete on event_registration_aud
    for each row execute function audit_append_only();

create table event_material (
    id                   uuid primary key,
    event_id             uuid          not null references event (id),
    file_name            varchar(255)  not null,
    media_type           varchar(120)  not null,
    size_bytes           bigint        not null check (size_bytes > 0),
    sha256               varchar(64)   not null,
    content              bytea         not null,
    uploaded_by_subject  varchar(255)  not null,
    uploaded_by_name     varchar(255),
    uploaded_at          timestamptz   not null
);
create index event_material_idx on event_material (event_id);

-- The secret of a user's calendar feed is kept only as its SHA-256: the URL is shown once, when made.
create table calendar_feed (
    user_subject  varchar(255) primary key references app_user (subject),
    secret_sha256 varchar(64)  not null unique,
    created_at    timestamptz  not null
);

alter table export_log drop constraint export_log_kind_check;
alter table export_log add constraint export_log_kind_check check (kind in ('PDF', 'XLSX', 'AUDIT_PACKAGE', 'CSV', 'DOCX', 'ICS'));
