-- An application's budget: the draft the unit edits, and the versions frozen from it (submitted
-- with the application, granted with the decision, revised by a change request with a reason).

create table budget (
    id                  uuid primary key,
    application_id      uuid          not null unique references application (id),
    content             jsonb         not null,
    updated_by_subject  varchar(255)  not null,
    updated_by_name     varchar(255),
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);

create table budget_version (
    id                  uuid primary key,
    budget_id           uuid          not null references budget (id),
    number              integer       not null check (number >= 1),
    kind                varchar(20)   not null check (kind in ('SUBMITTED', 'GRANTED', 'REVISED')),
    reason              varchar(4000),
    content             jsonb         not null,
    created_by_subject  varchar(255)  not null,
    created_by_name     varchar(255),
    created_at          timestamptz   not null,
    unique (budget_id, number)
);
create trigger budget_version_immutable before update or delete on budget_version
    for each row execute function immutable_row();
