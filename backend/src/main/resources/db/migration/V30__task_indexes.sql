-- The to-do list (GET /me/tasks) reads waiting records by their owner, state and dates; these keep
-- each of its few set-based queries off full scans as applications and reports grow.
create index application_author_idx on application (created_by_subject);
create index application_team_member_subject_idx on application_team_member (user_subject);
create index project_report_waiting_idx on project_report (status) where status in ('SUBMITTED', 'RETURNED');
create index project_report_unpaid_idx on project_report (sent_on) where status = 'SENT_TO_FUNDER' and paid_on is null;
create index project_period_due_idx on project_period (report_due);
create index project_closed_on_idx on project (closed_on) where closed_on is not null;
