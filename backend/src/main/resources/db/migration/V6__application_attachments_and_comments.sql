-- Annexes and letters of intent stored with their application, and its comment thread.

create table application_attachment (
    id                  uuid primary key,
    application_id      uuid          not null references application (id),
    file_name           varchar(255)  not null,
    media_type          varchar(120)  not null,
    size_bytes          bigint        not null check (size_bytes > 0),
    sha256              varchar(64)   not null,
    content             bytea         not null,
    uploaded_by_subject varchar(255)  not null,
    uploaded_by_name    varchar(255),
    uploaded_at         timestamptz   not null
);
create index application_attachment_app_idx on application_attachment (application_id, uploaded_at);

-- Comments are seen by everyone who sees the application; internal notes only by the
-- International Office (advisors) and auditors.
create table application_comment (
    id              uuid primary key,
    application_id  uuid          not null references application (id),
    internal        boolean       not null,
    body            text          not null check (length(body) between 1 and 10000),
    author_subject  varchar(255)  not null,
    author_name     varchar(255),
    written_at      timestamptz   not null
);
create index application_comment_app_idx on application_comment (application_id, written_at);
create trigger application_comment_immutable before update or delete on application_comment
    for each row execute function immutable_row();
