package se.sodertalje.euportal.partner.search;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Keeps partner_search_match, each search's candidates with their base score (MatchScore.BASE),
 * in step with the searches and the register: a search's candidates when it is saved, an
 * organisation's place in every search when it is saved, everything after an import.
 */
public final class MatchStore {

    private static final String CANDIDATES = "insert into partner_search_match (search_id, organisation_id, base_score)"
            + " select s.id, o.id, " + MatchScore.BASE + " from partner_search s join partner_organisation o on "
            + MatchCriteria.CANDIDATE;

    private MatchStore() {
    }

    public static void refreshSearch(EntityManager em, UUID searchId) {
        em.flush();
        em.createNativeQuery("delete from partner_search_match where search_id = :id").setParameter("id", searchId)
                .executeUpdate();
        em.createNativeQuery(CANDIDATES + " where s.id = :id").setParameter("id", searchId).executeUpdate();
    }

    public static void refreshOrganisation(EntityManager em, UUID organisationId) {
        em.flush();
        em.createNativeQuery("delete from partner_search_match where organisation_id = :id")
                .setParameter("id", organisationId).executeUpdate();
        em.createNativeQuery(CANDIDATES + " where o.id = :id").setParameter("id", organisationId).executeUpdate();
    }

    /**
     * After an import: every search anew, and fresh statistics and a merged full-text index for
     * the planner (autovacuum may be off, and an import adds thousands of rows at once).
     */
    public static void refreshAll(EntityManager em) {
        em.flush();
        em.createNativeQuery("delete from partner_search_match").executeUpdate();
        em.createNativeQuery(CANDIDATES).executeUpdate();
        // Both need the tables' owner: a function of the owner's does them (V85).
        em.createNativeQuery("select refresh_partner_matching_statistics()").getSingleResult();
    }
}
