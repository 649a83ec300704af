-- Deadline reminders: each user's delivery per notification kind, and the reminders themselves.

-- How a user wants a kind delivered; no row means the default (IMMEDIATE, see Delivery).
create table notification_preference (
    user_subject  varchar(255) not null references app_user (subject),
    kind          varchar(40)  not null,
    delivery      varchar(20)  not null check (delivery in ('OFF', 'DIGEST', 'IMMEDIATE')),
    updated_at    timestamptz  not null,
    primary key (user_subject, kind)
);

-- One row per reminder that happened. The unique key makes each reminder happen once: of several
-- scheduler instances, only the one whose insert wins delivers it. A moved deadline is a new one.
-- DIGEST rows wait (delivered_at null) until the daily digest claims and sends them.
create table reminder (
    id                 uuid primary key,
    kind               varchar(40)   not null check (kind in ('REPORT_DUE', 'CALL_DEADLINE')),
    -- the project period whose reports are due, or the open application whose call closes
    deadline_id        uuid          not null,
    deadline_at        timestamptz   not null,
    lead_days          integer       not null check (lead_days >= 0),
    recipient_subject  varchar(255)  not null references app_user (subject),
    delivery           varchar(20)   not null check (delivery in ('DIGEST', 'IMMEDIATE')),
    message_sv         varchar(1000) not null,
    message_en         varchar(1000) not null,
    link               varchar(500)  not null,
    created_at         timestamptz   not null,
    delivered_at       timestamptz,
    unique (kind, deadline_id, deadline_at, lead_days, recipient_subject)
);
create index reminder_digest_queue_idx on reminder (recipient_subject) where delivered_at is null;
