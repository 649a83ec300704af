-- Issue 15: the portfolio's grouped figures change only when what they add up changes. A counter,
-- bumped by every write to application_money (the summariser's, or a cascade from a deleted
-- application) and to the names the groups carry (units, programmes, a call's programme), lets each
-- instance keep the figures per filter and check with one tiny statement whether they still hold.
-- A row rather than a sequence: a reader sees the new number only once the write is committed, so it
-- never files old figures under a new number. Writes to applications do not bump it: they mark the
-- application stale (V44), and a read that finds stale rows summarises them first, which bumps it.
create table portfolio_generation (
    id  boolean primary key default true check (id),
    n   bigint not null
);
insert into portfolio_generation (id, n) values (true, 0);

create function portfolio_generation_bump() returns trigger language plpgsql as $$
begin
    update portfolio_generation set n = n + 1;
    return null;
end $$;

create trigger portfolio_generation_on_money after insert or update or delete on application_money
    for each statement execute function portfolio_generation_bump();
create trigger portfolio_generation_on_unit after insert or update or delete on unit
    for each statement execute function portfolio_generation_bump();
create trigger portfolio_generation_on_programme after insert or update or delete on programme
    for each statement execute function portfolio_generation_bump();
create trigger portfolio_generation_on_call after update on funding_call
    for each statement execute function portfolio_generation_bump();
