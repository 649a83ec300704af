-- Closing a project: state aid (which lengthens retention), the funder's last payment, when it was
-- closed, and the date its records must be kept until (CPR art. 82; GBER art. 12).
alter table project add column state_aid boolean not null default false;
alter table project add column last_payment_on date;
alter table project add column closed_on date;
alter table project add column retention_until date;

alter table project_aud add column state_aid boolean;
alter table project_aud add column last_payment_on date;
alter table project_aud add column closed_on date;
alter table project_aud add column retention_until date;
