-- The results and lessons library (issue 21): a project's final report, published when an advisor
-- accepts it. Searchable in Swedish and English; the parts the unit marks internal are left out of
-- the vector other units search.

-- The text of an entry as one weighted vector in both languages; internal parts are left out when
-- only the public vector is asked for. Immutable so that it can fill generated columns.
create function library_vector(config regconfig, title text, acronym text, summary text, topics jsonb,
        results text, evaluation text, dissemination text, worked text, to_avoid text, advice text,
        internal jsonb, public_only boolean) returns tsvector
    language sql immutable parallel safe as $$
    select setweight(to_tsvector(config, coalesce(title, '') || ' ' || coalesce(acronym, '')), 'A')
        || setweight(to_tsvector(config, coalesce(summary, '') || ' '
               || coalesce((select string_agg(t, ' ') from jsonb_array_elements_text(topics) t), '')), 'B')
        || setweight(to_tsvector(config, concat_ws(' ',
               case when public_only and internal ? 'LESSONS_WORKED' then null else worked end,
               case when public_only and internal ? 'LESSONS_TO_AVOID' then null else to_avoid end,
               case when public_only and internal ? 'ADVICE' then null else advice end)), 'B')
        || setweight(to_tsvector(config, concat_ws(' ',
               case when public_only and internal ? 'RESULTS' then null else results end,
               case when public_only and internal ? 'EVALUATION' then null else evaluation end,
               case when public_only and internal ? 'DISSEMINATION' then null else dissemination end)), 'C')
$$;

create table library_result (
    id                    uuid          primary key,
    project_id            uuid          not null unique references project (id),
    report_id             uuid          not null references project_report (id),
    unit_id               uuid          not null references unit (id),
    programme_id          uuid          references programme (id),
    fund                  varchar(40),
    title                 varchar(500)  not null,
    acronym               varchar(100),
    summary               text,
    topics                jsonb         not null default '[]',
    results               text,
    evaluation            text,
    dissemination         text,
    lessons_worked        text,
    lessons_to_avoid      text,
    advice                text,
    internal_parts        jsonb         not null default '[]',
    eu_amount             numeric(15, 2),
    partners              integer       not null default 0,
    period_start          date,
    period_end            date,
    year                  integer,
    published_at          timestamptz   not null,
    published_by_subject  varchar(255),
    published_by_name     varchar(255),
    version               bigint        not null default 0,
    search_all tsvector generated always as (
        library_vector('swedish', title, acronym, summary, topics, results, evaluation, dissemination,
            lessons_worked, lessons_to_avoid, advice, internal_parts, false)
        || library_vector('english', title, acronym, summary, topics, results, evaluation, dissemination,
            lessons_worked, lessons_to_avoid, advice, internal_parts, false)) stored,
    search_public tsvector generated always as (
        library_vector('swedish', title, acronym, summary, topics, results, evaluation, dissemination,
            lessons_worked, lessons_to_avoid, advice, internal_parts, true)
        || library_vector('english', title, acronym, summary, topics, results, evaluation, dissemination,
            lessons_worked, lessons_to_avoid, advice, internal_parts, true)) stored
);
create index library_result_search_all_idx on library_result using gin (search_all);
create index library_result_search_public_idx on library_result using gin (search_public);
create index library_result_title_trgm_idx on library_result using gin (lower(title) gin_trgm_ops);
create index library_result_unit_idx on library_result (unit_id);
create index library_result_year_idx on library_result (year);

create table library_result_aud (
    id                    uuid      not null,
    rev                   bigint    not null references revinfo (rev),
    revtype               smallint,
    project_id            uuid,
    report_id             uuid,
    unit_id               uuid,
    programme_id          uuid,
    fund                  varchar(40),
    title                 varchar(500),
    acronym               varchar(100),
    summary               text,
    topics                jsonb,
    results               text,
    evaluation            text,
    dissemination         text,
    lessons_worked        text,
    lessons_to_avoid      text,
    advice                text,
    internal_parts        jsonb,
    eu_amount             numeric(15, 2),
    partners              integer,
    period_start          date,
    period_end            date,
    year                  integer,
    primary key (rev, id)
);
create trigger library_result_aud_append_only before update or delete on library_result_aud
    for each row execute function audit_append_only();
