-- A dump must load back (make restore, docs/operations.md): pg_restore runs with an empty search_path, and
-- partner_name_vector's body named its text search configurations unqualified ('folded_simple', ...), so
-- creating partner_organisation, whose generated search_doc inlines the function, failed with "text search
-- configuration folded_simple does not exist". The body now names them with their schema; nothing else
-- changes (the same lexemes and weights, still immutable and inlinable), so the stored column stays valid.
do $$
declare
    definition text;
begin
    definition := pg_get_functiondef('partner_name_vector(text)'::regprocedure);
    definition := replace(definition, '''folded_', '''' || quote_ident(current_schema()) || '.folded_');
    execute definition;
end
$$;
