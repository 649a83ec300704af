-- Issue 13: a budget revision after the grant is a change request an advisor decides. The frozen
-- version (budget_version, immutable) holds what the unit proposed; its request holds the state:
-- PROPOSED until an advisor approves or rejects it with a comment. Only SUBMITTED and GRANTED
-- versions and APPROVED revisions count for claims, exports and the portfolio.
create table budget_revision (
    version_id          uuid          primary key references budget_version (id),
    budget_id           uuid          not null references budget (id),
    state               varchar(20)   not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED')),
    decision_comment    varchar(4000),
    decided_by_subject  varchar(255),
    decided_by_name     varchar(255),
    decided_at          timestamptz,
    version             bigint        not null default 0,
    check ((state = 'PROPOSED') = (decided_at is null)),
    check (state = 'PROPOSED' or decided_by_subject is not null)
);
-- One open request per budget: the unit waits for the decision before it proposes again.
create unique index budget_revision_one_open_idx on budget_revision (budget_id) where state = 'PROPOSED';

-- A decision is final: a decided request never changes again and no request is deleted.
create function budget_revision_decided_once() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'budget_revision rows are not deleted';
    end if;
    if old.state <> 'PROPOSED' and current_setting('euportal.audit_erasure', true) is distinct from 'on' then
        raise exception 'budget revision % was decided already (%)', old.version_id, old.state;
    end if;
    return new;
end;
$$;
create trigger budget_revision_decided_once before update or delete on budget_revision
    for each row execute function budget_revision_decided_once();

create table budget_revision_aud (
    version_id          uuid          not null,
    rev                 bigint        not null references revinfo (rev),
    revtype             smallint,
    budget_id           uuid,
    state               varchar(20),
    decision_comment    varchar(4000),
    decided_by_subject  varchar(255),
    decided_by_name     varchar(255),
    decided_at          timestamptz,
    primary key (rev, version_id)
);
create trigger budget_revision_aud_append_only before update or delete on budget_revision_aud
    for each row execute function audit_append_only();

-- Revisions recorded before this migration took effect at once: they stay in force, as approved by
-- the system at the migration.
insert into budget_revision (version_id, budget_id, state, decision_comment, decided_by_subject, decided_by_name,
                             decided_at)
select v.id, v.budget_id, 'APPROVED', 'Recorded before revisions needed approval (migration V80)', 'system',
       'System', now()
  from budget_version v where v.kind = 'REVISED';

-- A decision changes which version the portfolio's money summary counts.
create function application_money_on_budget_revision() returns trigger language plpgsql as $$
begin
    perform application_money_mark(b.application_id) from budget b where b.id = new.budget_id;
    return null;
end $$;
create trigger application_money_on_budget_revision after insert or update on budget_revision
    for each row execute function application_money_on_budget_revision();
