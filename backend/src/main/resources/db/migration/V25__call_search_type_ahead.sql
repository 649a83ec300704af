-- The call finder searches as the user types: part of a word of the title must match, so the title
-- is also indexed as plain words (prefix matching against stemmed English words would miss
-- "adapta" in "adaptation"). The generated column cannot be altered in place: drop and add it.
drop index funding_call_search_idx;
alter table funding_call drop column search_vector;
alter table funding_call add column search_vector tsvector generated always as (
    setweight(to_tsvector('simple', identifier), 'A') ||
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('simple', title), 'A') ||
    setweight(to_tsvector('simple', topics::text), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')
) stored;
create index funding_call_search_idx on funding_call using gin (search_vector);
