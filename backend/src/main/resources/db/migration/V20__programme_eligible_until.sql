-- The last day of eligible expenditure becomes part of a programme's rule set (issue 12, readiness):
-- the shared-management funds of 2021–2027 (CPR art. 63(2)) end on 31 December 2029; directly managed
-- programmes have no programme-wide date. Existing programmes get their fund's default; advisors may
-- change it like any other rule.
update programme
   set rules = jsonb_set(rules, '{eligibleUntil}', '"2029-12-31"')
 where fund in ('ERDF', 'ESF_PLUS', 'INTERREG', 'AMIF')
   and not (rules ? 'eligibleUntil');
