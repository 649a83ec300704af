-- The people working on an application, and in-app notifications (e.g. "you were added to a team").

create table application_team_member (
    id               uuid primary key,
    application_id   uuid          not null references application (id),
    user_subject     varchar(255)  not null references app_user (subject),
    added_by_subject varchar(255)  not null,
    added_by_name    varchar(255),
    added_at         timestamptz   not null,
    unique (application_id, user_subject)
);

create table notification (
    id                 uuid primary key,
    recipient_subject  varchar(255)  not null references app_user (subject),
    kind               varchar(40)   not null,
    message            varchar(1000) not null,
    link               varchar(500),
    created_at         timestamptz   not null,
    read_at            timestamptz
);
create index notification_recipient_idx on notification (recipient_subject, created_at desc);
