-- Every file of an application's attachments and of the claims' evidence as it comes and goes:
-- uploaded, deleted while a draft, or purged after the retention date. The rows stay when the
-- file is gone, so a replaced invoice leaves its trace (name, size, SHA-256, who, when).
-- Written by triggers, so no path that stores or deletes a file can leave it out; who deleted
-- a file is read from the transaction-local setting euportal.file_actor_subject/_name (the
-- portal sets it), and euportal.file_action = 'PURGED' marks the deletions of a purge.
create table file_log (
    id              bigserial     primary key,
    at              timestamptz   not null default now(),
    action          varchar(10)   not null check (action in ('UPLOADED', 'DELETED', 'PURGED')),
    kind            varchar(12)   not null check (kind in ('ATTACHMENT', 'EVIDENCE')),
    file_id         uuid          not null,
    application_id  uuid          not null,
    report_id       uuid,
    expenditure_id  uuid,
    file_name       varchar(255)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    actor_subject   varchar(255)  not null,
    actor_name      varchar(255)
);
create index file_log_application_idx on file_log (application_id, id);
create trigger file_log_immutable before update or delete on file_log
    for each row execute function immutable_row();

create function file_log_actor_subject(fallback varchar) returns varchar language sql stable as $$
    select coalesce(nullif(current_setting('euportal.file_actor_subject', true), ''), fallback)
$$;

create function file_log_attachment() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into file_log (at, action, kind, file_id, application_id, file_name, size_bytes, sha256,
                              actor_subject, actor_name)
        values (new.uploaded_at, 'UPLOADED', 'ATTACHMENT', new.id, new.application_id, new.file_name,
                new.size_bytes, new.sha256, new.uploaded_by_subject, new.uploaded_by_name);
        return new;
    end if;
    insert into file_log (action, kind, file_id, application_id, file_name, size_bytes, sha256, actor_subject,
                          actor_name)
    values (coalesce(nullif(current_setting('euportal.file_action', true), ''), 'DELETED'), 'ATTACHMENT', old.id,
            old.application_id, old.file_name, old.size_bytes, old.sha256, file_log_actor_subject('database'),
            nullif(current_setting('euportal.file_actor_name', true), ''));
    return old;
end;
$$;
create trigger application_attachment_file_log after insert or delete on application_attachment
    for each row execute function file_log_attachment();

create function file_log_evidence() returns trigger language plpgsql as $$
declare
    line expenditure%rowtype;
    app  uuid;
begin
    select * into line from expenditure where id = coalesce(new.expenditure_id, old.expenditure_id);
    select p.application_id into app from project_report r join project p on p.id = r.project_id
     where r.id = line.report_id;
    if tg_op = 'INSERT' then
        insert into file_log (at, action, kind, file_id, application_id, report_id, expenditure_id, file_name,
                              size_bytes, sha256, actor_subject, actor_name)
        values (new.uploaded_at, 'UPLOADED', 'EVIDENCE', new.id, app, line.report_id, line.id, new.file_name,
                new.size_bytes, new.sha256, new.uploaded_by_subject, new.uploaded_by_name);
        return new;
    end if;
    insert into file_log (action, kind, file_id, application_id, report_id, expenditure_id, file_name, size_bytes,
                          sha256, actor_subject, actor_name)
    values (coalesce(nullif(current_setting('euportal.file_action', true), ''), 'DELETED'), 'EVIDENCE', old.id, app,
            line.report_id, line.id, old.file_name, old.size_bytes, old.sha256, file_log_actor_subject('database'),
            nullif(current_setting('euportal.file_actor_name', true), ''));
    return old;
end;
$$;
create trigger expenditure_evidence_file_log after insert or delete on expenditure_evidence
    for each row execute function file_log_evidence();

-- The files that exist already enter the log as uploaded, so that the log of a project is whole.
insert into file_log (at, action, kind, file_id, application_id, file_name, size_bytes, sha256, actor_subject,
                      actor_name)
select uploaded_at, 'UPLOADED', 'ATTACHMENT', id, application_id, file_name, size_bytes, sha256, uploaded_by_subject,
       uploaded_by_name
  from application_attachment order by uploaded_at;
insert into file_log (at, action, kind, file_id, application_id, report_id, expenditure_id, file_name, size_bytes,
                      sha256, actor_subject, actor_name)
select v.uploaded_at, 'UPLOADED', 'EVIDENCE', v.id, p.application_id, r.id, e.id, v.file_name, v.size_bytes, v.sha256,
       v.uploaded_by_subject, v.uploaded_by_name
  from expenditure_evidence v join expenditure e on e.id = v.expenditure_id join project_report r on r.id = e.report_id
  join project p on p.id = r.project_id order by v.uploaded_at;
