package se.sodertalje.euportal.partner.search;

/**
 * How a candidate's relevance to a search is scored: PostgreSQL's ts_rank of its register entry
 * against the search's words (names weigh 1.0, expertise 0.4, description 0.2, past projects'
 * topics 0.1), plus bonuses for what a unit looks for beyond the words. The bonuses are smaller
 * than a match in the name, so the words decide and the bonuses break near-ties; an expression
 * of interest outweighs them all, because an organisation that wants to join is the best lead.
 */
public final class MatchScore {

    static final double INTEREST = 1.0;
    static final double LEAD_EXPERIENCE = 0.1;
    static final double PREVIOUS_COOPERATION = 0.1;
    static final double TWIN_TOWN = 0.05;

    /** Over partner_search s and partner_organisation o. */
    static final String SQL = "ts_rank('{0.1, 0.2, 0.4, 1.0}', o.search_doc, s.match_query)"
            + " + case when exists (select 1 from partner_interest i where i.search_id = s.id and i.organisation_id = o.id)"
            + " then " + INTEREST + " else 0 end"
            + " + case when jsonb_exists(s.roles, 'LEAD_PARTNER') and o.coordinated_count > 0 then " + LEAD_EXPERIENCE
            + " else 0 end"
            + " + case when exists (select 1 from application_partner ap where ap.organisation_id = o.id) then "
            + PREVIOUS_COOPERATION + " else 0 end"
            + " + case when o.twin_town then " + TWIN_TOWN + " else 0 end";

    private MatchScore() {
    }
}
