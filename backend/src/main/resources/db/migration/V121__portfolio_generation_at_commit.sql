-- V115's counter was bumped by statement triggers, so the first write to a unit, programme, call or
-- application_money row locked the one counter row until its transaction ended: two transactions that
-- each renamed a programme waited for one another, and a transaction held open (an import, a person at
-- a psql prompt) stopped every other such write. The bump now happens at commit, once per transaction
-- (a deferred constraint trigger; the flag is local to the transaction), so the row is locked only for
-- the moment of the commit. A reader still sees the new number only with the committed write.
create or replace function portfolio_generation_bump() returns trigger language plpgsql as $$
begin
    if current_setting('euportal.portfolio_generation_bumped', true) is distinct from 'on' then
        perform set_config('euportal.portfolio_generation_bumped', 'on', true);
        update portfolio_generation set n = n + 1;
    end if;
    return null;
end $$;

drop trigger portfolio_generation_on_money on application_money;
drop trigger portfolio_generation_on_unit on unit;
drop trigger portfolio_generation_on_programme on programme;
drop trigger portfolio_generation_on_call on funding_call;

create constraint trigger portfolio_generation_on_money after insert or update or delete on application_money
    deferrable initially deferred for each row execute function portfolio_generation_bump();
create constraint trigger portfolio_generation_on_unit after insert or update or delete on unit
    deferrable initially deferred for each row execute function portfolio_generation_bump();
create constraint trigger portfolio_generation_on_programme after insert or update or delete on programme
    deferrable initially deferred for each row execute function portfolio_generation_bump();
create constraint trigger portfolio_generation_on_call after update on funding_call
    deferrable initially deferred for each row execute function portfolio_generation_bump();
