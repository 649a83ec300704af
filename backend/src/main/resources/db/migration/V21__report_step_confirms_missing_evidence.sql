-- An advisor who accepts or sends a financial report whose lines lack evidence confirms it with a
-- comment (issue 12); the timeline keeps how many lines were confirmed without evidence.
alter table report_transition add column lines_without_evidence integer;
