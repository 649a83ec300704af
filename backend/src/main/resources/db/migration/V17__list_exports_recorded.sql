-- CSV exports of lists are recorded too: they belong to no one project, and name the list asked for.
alter table export_log alter column project_id drop not null;
alter table export_log alter column language drop not null;
alter table export_log add column resource varchar(1000);
alter table export_log drop constraint export_log_kind_check;
alter table export_log add constraint export_log_kind_check check (kind in ('PDF', 'XLSX', 'AUDIT_PACKAGE', 'CSV'));
