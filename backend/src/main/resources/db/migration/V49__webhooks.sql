-- Webhooks (issue 18): subscribers that get each change of the feed (change_log) POSTed to their URL, signed.
create table webhook (
    id             uuid          primary key,
    url            varchar(2000) not null,
    -- The kinds of record wanted (RecordType names); empty: every kind.
    record_types   jsonb         not null default '[]',
    description    varchar(500),
    -- The HMAC-SHA256 key: needed in clear to sign, so kept here (never returned after creation).
    secret         varchar(200)  not null,
    status         varchar(10)   not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason  varchar(500),
    -- Deliveries exist for every change up to this position of change_log.
    fanned_out_to  bigint        not null,
    owner_subject  varchar(255)  not null,
    owner_name     varchar(255)  not null,
    owner_email    varchar(320),
    created_at     timestamptz   not null,
    version        bigint        not null default 0
);

create table webhook_delivery (
    id               bigserial     primary key,
    webhook_id       uuid          not null references webhook (id) on delete cascade,
    change_position  bigint        not null,
    record_id        uuid          not null,
    body             text          not null,
    status           varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    unique (webhook_id, change_position)
);
-- The dispatcher's queue: what is due, oldest first.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
-- In order per record: an earlier pending delivery of the same record holds back the later ones.
create index webhook_delivery_record_idx on webhook_delivery (webhook_id, record_id, id) where status = 'PENDING';
create index webhook_delivery_list_idx on webhook_delivery (webhook_id, id desc);

-- Every attempt with the subscriber's answer (status and the start of its body) or the error.
create table webhook_attempt (
    id             bigserial     primary key,
    delivery_id    bigint        not null references webhook_delivery (id) on delete cascade,
    attempted_at   timestamptz   not null,
    status_code    integer,
    response_body  varchar(2000),
    error          varchar(1000),
    duration_ms    integer       not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);
