package se.sodertalje.euportal.partner.search;

/**
 * How a candidate's relevance to a search is scored: PostgreSQL's ts_rank of its register entry
 * against the search's words (expertise weighs 1.0, the name 0.5, description and place 0.4, past
 * projects' topics 0.2: what an organisation says it does counts more than a word in its name,
 * or "school yards" would rank every business school first), plus bonuses for what a unit looks for beyond the words. The bonuses are smaller
 * than a match in the name, so the words decide and the bonuses break near-ties; an expression
 * of interest outweighs them all, because an organisation that wants to join is the best lead.
 * The score is {@link #BASE} (kept per search in partner_search_match, see MatchStore) plus
 * {@link #BONUS} (read when a page is asked for); neither part is ever negative.
 */
public final class MatchScore {

    static final double INTEREST = 1.0;
    static final double LEAD_EXPERIENCE = 0.1;
    static final double PREVIOUS_COOPERATION = 0.1;
    static final double TWIN_TOWN = 0.05;

    /** What depends on the search s and the organisation o alone: the words, lead experience, twin town. */
    static final String BASE = "ts_rank('{0.2, 0.4, 1.0, 0.5}', o.search_doc, s.match_query)"
            + " + case when jsonb_exists(s.roles, 'LEAD_PARTNER') and o.coordinated_count > 0 then " + LEAD_EXPERIENCE
            + " else 0 end"
            + " + case when o.twin_town then " + TWIN_TOWN + " else 0 end";

    /** What depends on other records: an expression of interest in s, earlier partnerships of o. */
    static final String BONUS = "case when exists (select 1 from partner_interest i where i.search_id = s.id"
            + " and i.organisation_id = o.id) then " + INTEREST + " else 0 end"
            + " + case when exists (select 1 from application_partner ap where ap.organisation_id = o.id) then "
            + PREVIOUS_COOPERATION + " else 0 end";

    private MatchScore() {
    }
}
