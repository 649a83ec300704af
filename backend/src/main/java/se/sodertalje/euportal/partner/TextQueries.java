package se.sodertalje.euportal.partner;

/**
 * The full-text queries over the register. partner_organisation.search_doc (migration V40) holds
 * English, Swedish and plain lexemes with accents and case folded (the folded_* text-search
 * configurations: unaccent before the stemmer), so Växjö, Vaxjo and VÄXJÖ are one word and a word
 * matches in whichever of the three it was written.
 */
public final class TextQueries {

    /**
     * ts_rank's weights for D, C, B, A: expertise (A) counts most, then past EU projects' topics (B),
     * then the name's own words, the description and the place (C); words common in organisation
     * names (school, university, kommun, …: D) count next to nothing. What an organisation does
     * outweighs what it is called.
     */
    public static final String WEIGHTS = "'{0.02, 0.2, 0.6, 1.0}'";

    /**
     * The relevance of the register entry o to a query: ts_rank with {@link #WEIGHTS}, divided by
     * 1 + the logarithm of the entry's length (normalisation 1), or a research giant with hundreds
     * of projects would match some word of every search and top them all.
     */
    public static String rank(String query) {
        return "ts_rank(" + WEIGHTS + ", o.search_doc, " + query + ", 1)";
    }

    /** Every word of :q, each in any of the three spellings: narrows the register list. */
    public static final String ALL_WORDS = "(websearch_to_tsquery('folded_english', :q)"
            + " || websearch_to_tsquery('folded_swedish', :q) || websearch_to_tsquery('folded_simple', :q))";

    /**
     * Any word of :text, in any of the three spellings, leaving out words that are a stop word in
     * English or Swedish ("of", "with", "och", "på"; told by the unfolded configurations, since
     * folding turns "på" into a word): the Swedish stemmer keeps "of" as a word and the English one
     * "och", and either would match half the register. Ranks partner-search matches: more words
     * matched, higher rank.
     */
    public static final String ANY_WORD = """
            (select string_agg(t, ' | ')::tsquery from (
                select distinct q::text t
                from regexp_split_to_table(:text, '\\s+') w,
                     lateral (select plainto_tsquery('folded_english', w) q
                              union all select plainto_tsquery('folded_swedish', w)
                              union all select plainto_tsquery('folded_simple', w)) c
                where numnode(q) > 0
                  and numnode(plainto_tsquery('english', w)) > 0
                  and numnode(plainto_tsquery('swedish', w)) > 0) words)""";

    private TextQueries() {
    }
}
