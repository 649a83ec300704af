-- The scale data of `make bench-data`: run by ops/bench-data.sh on a database the backend has
-- migrated and filled with the demo data (units, programmes, calls, the CORDIS register, demo users'
-- records). Everything added here is derived from psql variables :scale and :seed, so the same
-- pair gives the same rows (ids are md5 of a kind and a number, values come from setseed/random).
-- At scale 1 (the outside review's copy of the demo database):
--   20 000 applications in every status with work packages, 10 000 budgets of 6 to ~90 lines and
--   one of 5 000 (about 206 000 lines), their partnerships, 50 000 organisations, 2 000 projects
--   with periods, 8 000 reports and 200 000 expenditure lines (50 000 with evidence metadata),
--   5 000 ideas and 2 000 more calls. Scale 10 is ten times each (a region, or several
--   municipalities, after a decade), except the 12 units, which come from Keycloak's groups.
\set ON_ERROR_STOP on
select setseed(:seed);

create temp table g_unit as
    select row_number() over (order by code) - 1 as n, id from unit where active;
create temp table g_call as
    select row_number() over (order by identifier) - 1 as n, id from funding_call;
create temp table g_org as
    select row_number() over (order by name_key) - 1 as n, id from partner_organisation;

create function pg_temp.uid(kind text, n bigint) returns uuid language sql immutable
    as $$ select md5(kind || ':' || n)::uuid $$;
create function pg_temp.pick(a text[]) returns text language sql volatile
    as $$ select a[1 + floor(random() * cardinality(a))::int] $$;

-- ---------------------------------------------------------------- organisations (to 50 000 × scale)
insert into partner_organisation (id, legal_name, english_name, country, region, city, org_type, pic, vat_number,
        website, expertise, languages, description, contacts, twin_town, networks, name_key, history_terms,
        projects_count, coordinated_count)
select pg_temp.uid('org', i), o.legal_name || ' ' || s.suffix, o.english_name, o.country, o.region, o.city, o.org_type,
       null, null, o.website, o.expertise, o.languages, o.description, '[]'::jsonb, false, o.networks,
       o.name_key || ' ' || lower(s.suffix) || ' ' || i, o.history_terms, o.projects_count, o.coordinated_count
from generate_series(1, greatest(0, 50000 * :scale - (select count(*) from partner_organisation))) i
cross join lateral (select pg_temp.pick('{Nord,Syd,Väst,Öst,Centrum,Innovation,Lab,Akademi,Forum,Campus,Hub,Partners}') as suffix) s
join partner_organisation o on o.id = (select id from g_org where n = i % (select count(*) from g_org));

-- ---------------------------------------------------------------- calls (2 000 × scale more)
insert into funding_call (id, programme_id, identifier, title, description, action_type, opens_at, closes_at, time_zone,
        announced_status, budget, grant_min, grant_max, expected_grants, eligible_applicant_types, topics, url, rules, max_partners)
select pg_temp.uid('call', i), c.programme_id, c.identifier || '-S' || i, c.title || ' (' || i || ')', c.description,
       c.action_type, t.closes - t.open_days * interval '1 day', t.closes,
       c.time_zone, case when t.closes < now() then 'CLOSED' when t.closes - t.open_days * interval '1 day' > now()
                    then 'FORTHCOMING' else 'OPEN' end, c.budget, c.grant_min, c.grant_max, c.expected_grants, c.eligible_applicant_types,
       c.topics, c.url, c.rules, c.max_partners
from generate_series(1, 2000 * :scale) i
join funding_call c on c.id = (select id from g_call where n = i % (select count(*) from g_call))
cross join lateral (select date_trunc('hour', now()) + (floor(random() * 700) - 200) * interval '1 day' as closes,
                           30 + floor(random() * 150) as open_days) t;

-- ---------------------------------------------------------------- applications (20 000 × scale)
create temp table g_app as
select i, pg_temp.uid('app', i) as id,
       (select id from g_unit where n = abs(hashtext('unit:' || i)) % (select count(*) from g_unit)) as unit_id,
       (select id from g_call where n = (i * 7) % (select count(*) from g_call)) as call_id,
       case when i % 10 = 0 then 'GRANTED' else (array['DRAFT','DRAFT','DRAFT','UNIT_APPROVED','IN_REVIEW',
            'READY_TO_SUBMIT','SUBMITTED','SUBMITTED','REJECTED','WITHDRAWN'])[1 + i % 10] end as status,
       now() - ((20000 * :scale - i) * interval '13 minutes') - random() * interval '10 minutes' as created_at
from generate_series(1, 20000 * :scale) i;

insert into application (id, unit_id, call_id, title, acronym, summary, objectives, work_packages, period_start, period_end,
        status, submitted_on, decision_on, granted_amount, created_by_subject, created_by_name, created_at)
select g.id, g.unit_id, g.call_id,
       pg_temp.pick('{Gröna,Digitala,Hållbara,Inkluderande,Smarta,Cirkulära,Trygga,Unga}') || ' ' ||
       pg_temp.pick('{skolgårdar,vägar till arbete,energilösningar,bostadsområden,lärmiljöer,transporter,mötesplatser,vattenflöden}') ||
       ' i ' || pg_temp.pick('{Södertälje,Hovsjö,Ronna,Järna,Enhörna,Geneta,Brunnsäng,Östertälje}') || ' ' || g.i,
       'SC' || g.i,
       repeat('Projektet utvecklar nya arbetssätt tillsammans med partner i Europa. ', 3),
       repeat('Målen följs upp med indikatorer varje halvår. ', 3),
       (select jsonb_agg(jsonb_build_object('title', 'AP' || w || ' Arbetspaket ' || w,
                'description', 'Aktiviteter och leveranser i arbetspaket ' || w,
                'activities', jsonb_build_array('Aktivitet A', 'Aktivitet B', 'Aktivitet C'),
                'deliverables', jsonb_build_array('Leverans ' || w)))
        from generate_series(1, 2 + g.i % 5) w),
       date '2027-01-01' + (g.i % 365), date '2029-01-01' + (g.i % 365), g.status,
       case when g.status in ('SUBMITTED','GRANTED','REJECTED') then (g.created_at + interval '30 days')::date end,
       case when g.status in ('GRANTED','REJECTED') then (g.created_at + interval '120 days')::date end,
       case when g.status = 'GRANTED' then 1000000 + (g.i % 97) * 25000 end,
       case when g.i % 3 = 0 then '10000000-0000-4000-8000-000000000001' else 'bench-user-' || (g.i % 200) end,
       case when g.i % 3 = 0 then 'Anna Andersson' else 'Testperson ' || (g.i % 200) end,
       g.created_at
from g_app g;

-- The lead partner of every application, and two to four partners for a third of them.
insert into application_partner (id, application_id, organisation_id, role, added_by_subject, added_by_name, added_at)
select pg_temp.uid('lead', g.i), g.id, (select id from g_org where n = g.i % 400), 'LEAD_PARTNER', 'bench', 'Bench', g.created_at
from g_app g;
insert into application_partner (id, application_id, organisation_id, role, added_by_subject, added_by_name, added_at)
select pg_temp.uid('partner', g.i * 10 + p), g.id, pg_temp.uid('org', 1 + (g.i * 13 + p * 7919) % (50000 * :scale - 6000)),
       'PARTNER', 'bench', 'Bench', g.created_at
from g_app g cross join generate_series(1, 4) p
where g.i % 3 = 0 and p <= 2 + g.i % 3;

-- ---------------------------------------------------------------- budgets (every second application)
create temp table g_budget as
select g.i, g.id as application_id, pg_temp.uid('budget', g.i) as id, g.status, g.created_at,
       (select organisation_id from application_partner where id = pg_temp.uid('lead', g.i)) as lead,
       case when g.i = 2 then 5000 else 6 + floor(power(random(), 5) * 84)::int end as lines
from g_app g where g.i % 2 = 0;

create temp table g_budget_content as
select b.id, jsonb_build_object(
        'currency', 'SEK', 'sekPerEur', 11.4830,
        'partners', jsonb_build_array(jsonb_build_object('partnerId', b.lead, 'euRatePercent', 40,
            'flatRates', jsonb_build_array(jsonb_build_object('type', 'INDIRECT_ON_STAFF_COSTS', 'percent', 15)),
            'contributions', jsonb_build_object('OWN_MUNICIPAL_FUNDS', 100000))),
        'lines', (select jsonb_agg(case when l % 3 = 0 then jsonb_build_object(
                    'id', 'l' || l, 'kind', 'STAFF_HOURLY', 'hours', 100 + l % 300, 'amount', null, 'period', 1 + l % 4,
                    'category', 'STAFF', 'currency', 'SEK', 'quantity', null, 'partnerId', b.lead, 'unitPrice', null,
                    'description', 'Projektmedarbetare ' || l, 'monthlySalary', 38000 + (l % 20) * 500,
                    'subcontracting', null, 'annualGrossCost', null, 'employmentPercent', 25 + (l % 4) * 25)
                 else jsonb_build_object(
                    'id', 'l' || l, 'kind', 'REAL_COST', 'hours', null, 'amount', 1000 + (l * 137) % 90000, 'period', 1 + l % 4,
                    'category', (array['EXTERNAL_EXPERTISE','TRAVEL_ACCOMMODATION','EQUIPMENT','OFFICE_ADMINISTRATION'])[1 + l % 4], 'currency', 'SEK',
                    'quantity', null, 'partnerId', b.lead, 'unitPrice', null, 'description', 'Kostnad ' || l,
                    'monthlySalary', null, 'subcontracting', false, 'annualGrossCost', null, 'employmentPercent', null) end
                 order by l) from generate_series(1, b.lines) l)) as content
from g_budget b;

insert into budget (id, application_id, content, updated_by_subject, updated_by_name, updated_at)
select b.id, b.application_id, c.content, 'bench', 'Bench', b.created_at
from g_budget b join g_budget_content c using (id);

insert into budget_version (id, budget_id, number, kind, content, created_by_subject, created_by_name, created_at)
select pg_temp.uid('bv1', b.i), b.id, 1, 'SUBMITTED', c.content, 'bench', 'Bench', b.created_at + interval '30 days'
from g_budget b join g_budget_content c using (id) where b.status in ('SUBMITTED', 'GRANTED', 'REJECTED');
insert into budget_version (id, budget_id, number, kind, content, created_by_subject, created_by_name, created_at)
select pg_temp.uid('bv2', b.i), b.id, 2, 'GRANTED', c.content, 'bench', 'Bench', b.created_at + interval '120 days'
from g_budget b join g_budget_content c using (id) where b.status = 'GRANTED';

-- ---------------------------------------------------------------- projects (the granted: 2 000 × scale)
create temp table g_project as
select row_number() over (order by g.i) as k, g.i, pg_temp.uid('project', g.i) as id, g.id as application_id,
       g.unit_id, g.call_id, g.created_at
from g_app g where g.status = 'GRANTED';

insert into project (id, application_id, unit_id, call_id, title, acronym, period_start, period_end, granted_amount, status, created_at)
select p.id, p.application_id, p.unit_id, p.call_id, a.title, a.acronym, a.period_start, a.period_end, a.granted_amount,
       case when p.k % 20 = 0 then 'CLOSING' else 'RUNNING' end, p.created_at + interval '130 days'
from g_project p join application a on a.id = p.application_id;

insert into project_period (id, project_id, number, starts_on, ends_on, report_due)
select pg_temp.uid('period', p.k * 10 + n), p.id, n, date '2027-01-01' + (n - 1) * 182, date '2027-01-01' + n * 182 - 1,
       date '2027-01-01' + n * 182 + 60
from g_project p cross join generate_series(1, 4) n;

-- Two progress and two financial reports a project; the financial ones carry the expenditure.
create temp table g_report as
select p.k, p.id as project_id, r.n, kind, pg_temp.uid('report', p.k * 10 + r.n) as id,
       (array['DRAFT','SUBMITTED','ACCEPTED','SENT_TO_FUNDER'])[1 + (p.k + r.n) % 4] as status, p.created_at
from g_project p cross join generate_series(1, 4) r(n)
cross join lateral (select case when r.n % 2 = 1 then 'PROGRESS' else 'FINANCIAL' end as kind) k;

insert into project_report (id, project_id, kind, period_number, status, content, created_by_subject, created_by_name,
        created_at, updated_at, first_submitted_at, sent_on, eu_claimed, paid_amount, paid_on)
select r.id, r.project_id, r.kind, (r.n + 1) / 2, r.status,
       '{"risks": null, "comment": null, "results": null, "activities": "Aktiviteter enligt plan.", "deviations": null,
         "evaluation": null, "indicators": [], "deliverables": [], "dissemination": null}'::jsonb,
       'bench', 'Bench', r.created_at + interval '200 days', r.created_at + interval '210 days',
       case when r.status <> 'DRAFT' then r.created_at + interval '205 days' end,
       case when r.status = 'SENT_TO_FUNDER' then (r.created_at + interval '220 days')::date end,
       case when r.status = 'SENT_TO_FUNDER' and r.kind = 'FINANCIAL' then 200000 end,
       case when r.status = 'SENT_TO_FUNDER' and r.kind = 'FINANCIAL' and r.k % 2 = 0 then 200000 end,
       case when r.status = 'SENT_TO_FUNDER' and r.kind = 'FINANCIAL' and r.k % 2 = 0 then (r.created_at + interval '260 days')::date end
from g_report r;

-- 50 expenditure lines per financial report: 200 000 at scale 1.
insert into expenditure (id, report_id, partner_id, category, spent_on, supplier, description, invoice_number, paid_on,
        amount, currency, vat_amount, vat_recoverable)
select pg_temp.uid('exp', r.k * 1000 + r.n * 100 + e), r.id,
       (select organisation_id from application_partner ap join project p on p.application_id = ap.application_id
         where p.id = r.project_id and ap.role = 'LEAD_PARTNER'),
       (array['STAFF','EXTERNAL_EXPERTISE','TRAVEL_ACCOMMODATION','EQUIPMENT','OFFICE_ADMINISTRATION'])[1 + e % 5],
       date '2027-01-01' + (e * 3) % 180,
       pg_temp.pick('{Telge Inköp AB,Konsultbolaget AB,SJ AB,Dustin AB,Office Depot AB,Södertälje kommun}'),
       'Utgift ' || e, 'F' || (r.k * 1000 + e), date '2027-01-01' + (e * 3) % 180 + 20,
       round((500 + random() * 50000)::numeric, 2), 'SEK', 0, false
from g_report r cross join generate_series(1, 50) e
where r.kind = 'FINANCIAL';

-- Evidence metadata for a quarter of the lines (the files themselves are a few bytes here).
insert into expenditure_evidence (id, expenditure_id, file_name, media_type, size_bytes, sha256, content,
        uploaded_by_subject, uploaded_by_name, uploaded_at)
select pg_temp.uid('evidence', x.n), x.id, 'faktura-' || x.n || '.pdf', 'application/pdf', 8,
       encode(sha256('%PDF-1.4'::bytea), 'hex'), '%PDF-1.4'::bytea, 'bench', 'Bench', now()
from (select id, row_number() over (order by id) as n from expenditure) x
where x.n % 4 = 0;

-- ---------------------------------------------------------------- ideas (5 000 × scale)
insert into idea (id, unit_id, title, description, estimated_cost, start_date, end_date, status, created_by_subject,
        created_by_name, created_at, closed_at, screening_investigated, screening_outcome, screening_reason,
        screened_by_subject, screened_by_name, screened_at)
select pg_temp.uid('idea', i), (select id from g_unit where n = i % (select count(*) from g_unit)),
       'Idé om ' || pg_temp.pick('{energi,skola,klimat,integration,arbete,kultur,vatten,digitalisering}') || ' ' || i,
       'En idé som kan bli ett EU-projekt.', 500000 + (i % 50) * 10000, date '2027-01-01', date '2028-12-31',
       case when i % 4 = 2 then 'CLOSED' else 'OPEN' end, 'bench-user-' || (i % 200), 'Testperson ' || (i % 200),
       now() - (i * interval '1 hour'),
       case when i % 4 = 2 then now() - (i * interval '1 hour') + interval '20 minutes' end,
       case when i % 2 = 0 then true end,
       case when i % 2 = 0 then (array['APPLY','NOT_ELIGIBLE','NOT_WORTH_APPLYING','OTHER_FUNDING'])[1 + i % 4] end,
       case when i % 2 = 0 then 'Prövad mot programmen.' end,
       case when i % 2 = 0 then 'bench-user-' || (i % 200) end, case when i % 2 = 0 then 'Testperson ' || (i % 200) end,
       case when i % 2 = 0 then now() - (i * interval '1 hour') + interval '10 minutes' end
from generate_series(1, 5000 * :scale) i;

-- ---------------------------------------------------------------- Anna's drafts for the writes
-- 64 copies of the demo's draft with a valid budget (GROGARD: its call, partnership and budget), so
-- that make bench's writes save for real: 32 for the application's update, 32 for the budget's.
insert into application (id, unit_id, call_id, title, acronym, summary, objectives, work_packages, period_start, period_end,
        status, created_by_subject, created_by_name, created_at)
select pg_temp.uid('benchdraft', i), a.unit_id, a.call_id, a.title || ' (mätning ' || i || ')', 'BENCH' || i, a.summary,
       a.objectives, a.work_packages, a.period_start, a.period_end, 'DRAFT', a.created_by_subject, a.created_by_name, now()
from application a cross join generate_series(1, 64) i where a.acronym = 'GROGARD';
insert into application_partner (id, application_id, organisation_id, role, added_by_subject, added_by_name, added_at)
select pg_temp.uid('benchpartner:' || ap.organisation_id, i), pg_temp.uid('benchdraft', i), ap.organisation_id, ap.role,
       ap.added_by_subject, ap.added_by_name, now()
from application_partner ap join application a on a.id = ap.application_id cross join generate_series(1, 64) i
where a.acronym = 'GROGARD';
insert into budget (id, application_id, content, updated_by_subject, updated_by_name, updated_at)
select pg_temp.uid('benchbudget', i), pg_temp.uid('benchdraft', i), b.content, b.updated_by_subject, b.updated_by_name, now()
from budget b join application a on a.id = b.application_id cross join generate_series(1, 64) i where a.acronym = 'GROGARD';

-- Vacuumed as well as analysed, as autovacuum would have done to data of this age: the visibility map
-- lets counts use index-only scans, and the first reads do not pay for setting hint bits.
vacuum analyze;
