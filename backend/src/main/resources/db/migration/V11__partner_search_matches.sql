-- The ranked candidates of each partner search, kept as the register and the searches change, so
-- that a page of matches reads an index instead of ranking the whole register on every request
-- (ranking ~23 000 matches of a broad search over 50 000 organisations took ~600 ms).
-- base_score is the part of the score that depends only on the search and the organisation (the
-- text rank, lead experience, twin town); the bonuses that depend on other records (expressions
-- of interest, earlier partnerships) are added when a page is read. See MatchStore.
create table partner_search_match (
    search_id        uuid              not null references partner_search (id) on delete cascade,
    organisation_id  uuid              not null references partner_organisation (id) on delete cascade,
    base_score       double precision  not null,
    primary key (search_id, organisation_id)
);
create index partner_search_match_rank_idx on partner_search_match (search_id, base_score desc, organisation_id);
create index partner_search_match_organisation_idx on partner_search_match (organisation_id);
