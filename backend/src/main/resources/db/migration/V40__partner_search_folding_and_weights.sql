-- Partner search that folds accents and case (Växjö = Vaxjo = VÄXJÖ) and weighs what an
-- organisation does above the words of its name. See TextQueries and MatchScore.

-- unaccent is a trusted extension: the database owner may create it without being superuser.
create extension if not exists unaccent;

-- The three spellings the register is searched in, each folding accents before its own
-- dictionary (which folds case): plain words, English stems, Swedish stems.
create text search configuration folded_simple (copy = simple);
alter text search configuration folded_simple alter mapping for hword, hword_part, word with unaccent, simple;
create text search configuration folded_english (copy = english);
alter text search configuration folded_english alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration folded_swedish (copy = swedish);
alter text search configuration folded_swedish alter mapping for hword, hword_part, word with unaccent, swedish_stem;

-- An organisation's name as lexemes of weight C, except the words common in organisation names,
-- which get the lowest weight D: a search about school yards should not rank every business
-- school first, nor every municipality for the word "municipality". The list is stemmed here,
-- once, in all three spellings, and written into the (immutable) function.
do $$
declare
    generic text[];
begin
    select array_agg(distinct l order by l) into generic
    from unnest(array[
        'school', 'schools', 'skola', 'skolan', 'university', 'universitet', 'universitetet', 'universitat',
        'universität', 'universidad', 'universidade', 'università', 'université', 'universiteit', 'uniwersytet',
        'yliopisto', 'universitatea', 'college', 'högskola', 'högskolan', 'hochschule', 'academy', 'akademi',
        'akademie', 'academia', 'institute', 'institut', 'institutet', 'instituto', 'istituto', 'instytut',
        'kommun', 'kommune', 'kommunen', 'municipality', 'municipal', 'kunta', 'kaupunki', 'gemeente', 'gemeinde',
        'comune', 'ayuntamiento', 'city', 'stad', 'staden', 'stadt', 'council', 'county', 'region', 'regionen',
        'landsting', 'ministry', 'ministerio', 'ministero', 'agency', 'myndighet', 'myndigheten', 'centre',
        'center', 'centro', 'centrum', 'zentrum', 'foundation', 'fundacion', 'fundação', 'fondazione',
        'stiftelse', 'stiftelsen', 'stiftung', 'stichting', 'association', 'asociacion', 'associazione',
        'förening', 'verein', 'company', 'limited', 'ltd', 'gmbh', 'ab', 'as', 'oy', 'sa', 'srl', 'spa', 'bv',
        'nv', 'sl', 'sas', 'inc', 'plc', 'ag', 'kg', 'corporation', 'national', 'nazionale', 'nacional',
        'european', 'international', 'research', 'forschung', 'recherche', 'ricerca', 'investigacion',
        'science', 'sciences', 'scientific', 'technology', 'technical', 'technische', 'technological',
        'applied', 'studies', 'society', 'group', 'consiglio', 'consejo', 'superior', 'polytechnic',
        'politecnico', 'politecnica', 'department', 'office', 'board', 'authority', 'the', 'of', 'and', 'for',
        'de', 'des', 'di', 'del', 'della', 'delle', 'der', 'die', 'für', 'och', 'i', 'y', 'e', 'et', 'und'
    ]) w,
    lateral unnest(tsvector_to_array(to_tsvector('folded_simple', w) || to_tsvector('folded_english', w)
        || to_tsvector('folded_swedish', w))) l;
    execute format($f$
        create function partner_name_vector(name text) returns tsvector
        language sql immutable parallel safe as $b$
            select setweight(setweight(to_tsvector('folded_simple', name) || to_tsvector('folded_english', name)
                || to_tsvector('folded_swedish', name), 'C'), 'D', %L::text[])
        $b$
    $f$, generic);
end
$$;

-- Weighted anew (ts_rank's weights are in TextQueries.WEIGHTS): expertise A, topics of past EU
-- projects B, the name's own words, the description and the place C, common name words D.
alter table partner_organisation drop column search_doc;
alter table partner_organisation add column search_doc tsvector generated always as (
    setweight(to_tsvector('folded_simple', expertise), 'A') ||
    setweight(to_tsvector('folded_english', expertise), 'A') ||
    setweight(to_tsvector('folded_swedish', expertise), 'A') ||
    setweight(to_tsvector('folded_english', coalesce(history_terms, '')), 'B') ||
    partner_name_vector(legal_name || ' ' || coalesce(english_name, '')) ||
    setweight(to_tsvector('folded_english', coalesce(description, '')), 'C') ||
    setweight(to_tsvector('folded_swedish', coalesce(description, '')), 'C') ||
    setweight(to_tsvector('folded_simple', coalesce(city, '') || ' ' || coalesce(region, '')), 'C')
) stored;
create index partner_organisation_search_idx on partner_organisation using gin (search_doc);

-- The municipality's own organisation(s), by PIC or register id, from configuration
-- (euportal.partners.own-organisation, written here at start-up by OwnOrganisation): never a match.
create table partner_own_organisation (
    ref  varchar(64) primary key
);

-- Every search's words and ranking are computed anew at start-up (PartnerSearchService.storeMatching
-- for each search whose match_query is null), in the folded spellings.
update partner_search set match_query = null;
delete from partner_search_match;
