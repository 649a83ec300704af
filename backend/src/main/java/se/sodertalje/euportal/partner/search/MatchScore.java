package se.sodertalje.euportal.partner.search;

import se.sodertalje.euportal.partner.TextQueries;

/**
 * How a candidate's relevance to a search is scored: PostgreSQL's ts_rank of its register entry
 * against the search's words with TextQueries.WEIGHTS (expertise, then past projects' topics, then
 * the name's own words, description and place; words common in organisation names next to
 * nothing: what an organisation does counts more than a word in its name, or "school yards" would
 * rank every business school first), plus bonuses for what a unit looks for beyond the words. The
 * bonuses are small, so the words decide and the bonuses break near-ties: among the types a search
 * names, the first named gets the most; an expression of interest outweighs them all, because an
 * organisation that wants to join is the best lead.
 * The score is {@link #BASE} (kept per search in partner_search_match, see MatchStore) plus
 * {@link #BONUS} (read when a page is asked for); neither part is ever negative.
 */
public final class MatchScore {

    static final double INTEREST = 1.0;
    static final double LEAD_EXPERIENCE = 0.02;
    static final double PREVIOUS_COOPERATION = 0.02;
    static final double TWIN_TOWN = 0.01;
    /** For the first of the types a search names; the k-th of n gets (n - k + 1) / n of it. */
    static final double TYPE_ORDER = 0.01;

    /** What depends on the search s and the organisation o alone: the words, type order, lead experience, twin town. */
    static final String BASE = TextQueries.rank("s.match_query")
            + " + coalesce((select " + TYPE_ORDER + " * (jsonb_array_length(s.organisation_types) - t.k + 1)"
            + " / jsonb_array_length(s.organisation_types) from jsonb_array_elements_text(s.organisation_types)"
            + " with ordinality t(v, k) where t.v = o.org_type), 0)"
            + " + case when jsonb_exists(s.roles, 'LEAD_PARTNER') and o.coordinated_count > 0 then " + LEAD_EXPERIENCE
            + " else 0 end"
            + " + case when o.twin_town then " + TWIN_TOWN + " else 0 end";

    /**
     * The applications of the organisation {@code o} that count as cooperation: those submitted to a
     * funder or granted. Drafts and applications in the unit's or the office's review are a unit's work
     * in progress, which other units must not learn of through a partner search.
     */
    static String cooperation(String organisation) {
        return "select ap.application_id from application_partner ap join application a on a.id = ap.application_id"
                + " where ap.organisation_id = " + organisation + " and a.status in ('SUBMITTED', 'GRANTED')";
    }

    /** What depends on other records: an expression of interest in s, earlier partnerships of o. */
    static final String BONUS = "case when exists (select 1 from partner_interest i where i.search_id = s.id"
            + " and i.organisation_id = o.id) then " + INTEREST + " else 0 end"
            + " + case when exists (" + cooperation("o.id") + ") then "
            + PREVIOUS_COOPERATION + " else 0 end";

    private MatchScore() {
    }
}
