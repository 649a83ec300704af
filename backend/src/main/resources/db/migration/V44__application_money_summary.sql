-- Issue 15: the portfolio adds up a summary of each application's money instead of summarising
-- every budget version on every request. The figures are computed in Java (dashboard.ApplicationMoney,
-- the one place of the rule) and kept here; the database marks an application stale whenever
-- something its figures depend on is written, so no write path can forget to: the application
-- itself, a new budget version, its project's reports, its call's or programme's rules.
create table application_money (
    application_id  uuid primary key references application (id) on delete cascade,
    eu_applied_for  numeric not null,
    eu_granted      numeric not null,
    co_financing    numeric not null,
    eu_claimed      numeric not null,
    eu_received     numeric not null,
    converted       boolean not null,
    computed_at     timestamptz not null
);

create table application_money_stale (
    application_id  uuid primary key,
    marked_at       timestamptz not null default clock_timestamp()
);

create function application_money_mark(app uuid) returns void language sql as $$
    insert into application_money_stale (application_id) values (app)
    on conflict (application_id) do update set marked_at = clock_timestamp()
$$;

create function application_money_on_application() returns trigger language plpgsql as $$
begin
    perform application_money_mark(new.id);
    return null;
end $$;
create trigger application_money_on_application after insert or update on application
    for each row execute function application_money_on_application();

create function application_money_on_budget_version() returns trigger language plpgsql as $$
begin
    perform application_money_mark(b.application_id) from budget b where b.id = new.budget_id;
    return null;
end $$;
create trigger application_money_on_budget_version after insert on budget_version
    for each row execute function application_money_on_budget_version();

create function application_money_on_report() returns trigger language plpgsql as $$
begin
    perform application_money_mark(p.application_id) from project p
        where p.id = (case when tg_op = 'DELETE' then old.project_id else new.project_id end);
    return null;
end $$;
create trigger application_money_on_report after insert or update or delete on project_report
    for each row execute function application_money_on_report();

-- The reporting periods a budget is summarised over come from the call's and programme's rules.
create function application_money_on_call() returns trigger language plpgsql as $$
begin
    if new.rules is distinct from old.rules or new.programme_id is distinct from old.programme_id then
        perform application_money_mark(a.id) from application a where a.call_id = new.id;
    end if;
    return null;
end $$;
create trigger application_money_on_call after update on funding_call
    for each row execute function application_money_on_call();

create function application_money_on_programme() returns trigger language plpgsql as $$
begin
    if new.rules is distinct from old.rules then
        perform application_money_mark(a.id) from application a join funding_call c on c.id = a.call_id
            where c.programme_id = new.id;
    end if;
    return null;
end $$;
create trigger application_money_on_programme after update on programme
    for each row execute function application_money_on_programme();

insert into application_money_stale (application_id) select id from application;
