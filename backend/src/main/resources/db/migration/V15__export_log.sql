-- Every export of a project (who, what, when), with the SHA-256 of what was handed out: the file's,
-- or an audit package's manifest.
create table export_log (
    id             uuid primary key,
    project_id     uuid          not null references project (id),
    kind           varchar(20)   not null check (kind in ('PDF', 'XLSX', 'AUDIT_PACKAGE')),
    language       varchar(2)    not null,
    sha256         varchar(64)   not null,
    size_bytes     bigint        not null,
    actor_subject  varchar(255)  not null,
    actor_name     varchar(255),
    at             timestamptz   not null
);
create index export_log_project_idx on export_log (project_id, at);
create trigger export_log_immutable before update or delete on export_log
    for each row execute function immutable_row();
