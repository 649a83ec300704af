-- Issue 15: the lists' default and offered sorts read from an index, and text search in titles
-- uses trigrams instead of reading every row (twice: page and count).
create index application_created_idx on application (created_at desc, id desc);
create index application_unit_created_idx on application (unit_id, created_at desc, id desc);
create index application_status_created_idx on application (status, created_at desc);

create extension if not exists pg_trgm;
create index application_title_trgm_idx on application using gin (lower(title) gin_trgm_ops);
create index application_acronym_trgm_idx on application using gin (lower(acronym) gin_trgm_ops);

create index project_report_project_idx on project_report (project_id);
create index budget_version_budget_idx on budget_version (budget_id, number);
