-- Issue 21: the reminder job also reminds those with a seat that an event begins (EVENT_REMINDER),
-- recorded like every reminder so that each goes out once per lead time and recipient.
alter table reminder drop constraint reminder_kind_check;
alter table reminder add constraint reminder_kind_check
    check (kind in ('REPORT_DUE', 'CALL_DEADLINE', 'CALL_MATCH', 'CALL_CHANGED', 'EU_DECISION', 'EVENT_REMINDER'));
