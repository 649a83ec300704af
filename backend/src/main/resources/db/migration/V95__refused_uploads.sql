-- Every upload the virus scan (clamd) refused: who tried, when, to which record, the file's name,
-- size and SHA-256, and the signature clamd found. Nothing of the file itself is kept. Rows are
-- written once, in a transaction of their own (the upload's own is rolled back), and never changed:
-- the same immutable_row trigger as the file log (V77) refuses updates and deletions.
create table refused_upload (
    id              bigserial     primary key,
    at              timestamptz   not null default now(),
    kind            varchar(24)   not null check (kind in ('ATTACHMENT', 'EVIDENCE', 'CONTROL_CERTIFICATE',
                        'CLARIFICATION_FILE', 'EVENT_MATERIAL', 'TWIN_TOWN_AGREEMENT', 'CALL_IMPORT',
                        'PARTNER_IMPORT', 'RATE_IMPORT')),
    record_id       uuid,
    application_id  uuid,
    file_name       varchar(255),
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    signature       varchar(255)  not null,
    actor_subject   varchar(255)  not null,
    actor_name      varchar(255)
);
create index refused_upload_application_idx on refused_upload (application_id, id);
create trigger refused_upload_immutable before update or delete on refused_upload
    for each row execute function immutable_row();
