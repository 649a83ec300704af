package se.sodertalje.euportal.partner;

/**
 * The full-text queries over the register (partner_organisation.search_doc holds English,
 * Swedish and plain lexemes, so a word matches in whichever of the three it was written).
 */
public final class TextQueries {

    /** Every word of :q, each in any of the three spellings: narrows the register list. */
    public static final String ALL_WORDS = "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('swedish', :q)"
            + " || websearch_to_tsquery('simple', :q))";

    /**
     * Any word of :text, in any of the three spellings, leaving out words that are a stop word in
     * English or Swedish ("of", "with", "och"): the Swedish stemmer keeps "of" as a word and the
     * English one "och", and either would match half the register. Ranks partner-search matches:
     * more words matched, higher rank.
     */
    public static final String ANY_WORD = """
            (select string_agg(t, ' | ')::tsquery from (
                select distinct q::text t
                from regexp_split_to_table(:text, '\\s+') w,
                     lateral (select plainto_tsquery('english', w) q
                              union all select plainto_tsquery('swedish', w)
                              union all select plainto_tsquery('simple', w)) c
                where numnode(q) > 0
                  and numnode(plainto_tsquery('english', w)) > 0
                  and numnode(plainto_tsquery('swedish', w)) > 0) words)""";

    private TextQueries() {
    }
}
