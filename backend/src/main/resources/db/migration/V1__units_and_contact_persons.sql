-- Units (municipal departments, Telge companies, the International Office) and their contact persons.

create table app_user (
    subject     varchar(255) primary key,
    username    varchar(255),
    name        varchar(255),
    email       varchar(320),
    units       varchar(2000) not null default '',
    roles       varchar(500)  not null default '',
    first_seen  timestamptz   not null,
    last_seen   timestamptz   not null
);

create table unit (
    id         uuid primary key,
    code       varchar(20)  not null,
    name       varchar(200) not null,
    type       varchar(30)  not null check (type in ('MUNICIPAL_DEPARTMENT', 'TELGE_COMPANY', 'INTERNATIONAL_OFFICE')),
    parent_id  uuid references unit (id),
    active     boolean      not null default true,
    version    bigint       not null default 0,
    constraint unit_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create unique index unit_code_uk on unit (code);
create index unit_parent_idx on unit (parent_id);

create table contact_person (
    id          uuid primary key,
    unit_id     uuid         not null references unit (id),
    name        varchar(200) not null,
    title       varchar(200),
    email       varchar(320),
    phone       varchar(40),
    roles       varchar(200) not null,
    active_from date,
    active_to   date,
    erased      boolean      not null default false,
    version     bigint       not null default 0,
    constraint contact_person_period check (active_to is null or active_from is null or active_to >= active_from)
);
create index contact_person_unit_idx on contact_person (unit_id);
create index contact_person_name_idx on contact_person (lower(name));

-- Envers audit trail: one revision per transaction, with the acting user.
create sequence revinfo_seq start with 1 increment by 1;
create table revinfo (
    rev            bigint primary key,
    revtstmp       bigint       not null,
    actor_subject  varchar(255),
    actor_name     varchar(255)
);

create table unit_aud (
    id         uuid     not null,
    rev        bigint   not null references revinfo (rev),
    revtype    smallint,
    code       varchar(20),
    name       varchar(200),
    type       varchar(30),
    parent_id  uuid,
    active     boolean,
    primary key (rev, id)
);

create table contact_person_aud (
    id          uuid     not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint,
    unit_id     uuid,
    name        varchar(200),
    title       varchar(200),
    email       varchar(320),
    phone       varchar(40),
    roles       varchar(200),
    active_from date,
    active_to   date,
    erased      boolean,
    primary key (rev, id)
);

-- Erasures of personal data: that it happened and by whom, never the erased values.
create table erasure_log (
    id                uuid primary key,
    entity_type       varchar(50)  not null,
    entity_id         uuid         not null,
    erased_at         timestamptz  not null,
    erased_by_subject varchar(255) not null,
    erased_by_name    varchar(255)
);

-- The audit trail is append-only. The single exception is a personal-data erasure, which
-- sets the transaction-local flag euportal.audit_erasure and may only rewrite values.
create function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('euportal.audit_erasure', true) = 'on' then
        return new;
    end if;
    raise exception 'audit trail is append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger revinfo_append_only before update or delete on revinfo
    for each row execute function audit_append_only();
create trigger unit_aud_append_only before update or delete on unit_aud
    for each row execute function audit_append_only();
create trigger contact_person_aud_append_only before update or delete on contact_person_aud
    for each row execute function audit_append_only();
