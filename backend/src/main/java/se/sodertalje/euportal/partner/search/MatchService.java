package se.sodertalje.euportal.partner.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerRole;

/** Ranks the register against a partner search and says why each organisation matched. */
@ApplicationScoped
public class MatchService {

    /**
     * The organisations that can reach a page: the top of the stored ranking (ties at its edge
     * kept), earlier partners among the candidates, and whoever expressed interest, a candidate or
     * not. Since bonuses are never negative, no other organisation can rank above the page's last.
     */
    private static final String POOL = "select p.id, max(p.base) as base from ("
            + "(select m.organisation_id as id, m.base_score as base from partner_search_match m where m.search_id = :id"
            + " order by m.base_score desc fetch first (:top) rows with ties)"
            + " union all select m.organisation_id, m.base_score from partner_search_match m where m.search_id = :id"
            + " and exists (" + MatchScore.cooperation("m.organisation_id") + ")"
            + " union all select o.id, " + MatchScore.BASE + " from partner_search s"
            + " join partner_interest i on i.search_id = s.id join partner_organisation o on o.id = i.organisation_id"
            + " where s.id = :id) p group by p.id";
    private static final String RANKED = "select o.id, x.base + " + MatchScore.BONUS + " as score from (" + POOL + ") x"
            + " join partner_organisation o on o.id = x.id join partner_search s on s.id = :id"
            + " order by score desc, lower(o.legal_name), o.id";
    /** The candidates and the interested organisations that are none. */
    private static final String TOTAL = "select (select count(*) from partner_search_match m where m.search_id = :id)"
            + " + (select count(*) from partner_interest i where i.search_id = :id and not exists (select 1 from"
            + " partner_search_match m where m.search_id = :id and m.organisation_id = i.organisation_id))";

    @Inject
    EntityManager em;

    @Inject
    PartnerSearchService searches;

    @SuppressWarnings("unchecked")
    public Page<MatchView> matches(UUID searchId, PageParams paging) {
        PartnerSearch search = searches.reachable(searchId);
        if (paging.sort != null && !paging.sort.isBlank()) {
            throw ApiProblem.invalid("sort", "matches come ranked by relevance and cannot be sorted otherwise", ProblemCode.SORT);
        }
        long total = ((Number) em.createNativeQuery(TOTAL).setParameter("id", searchId).getSingleResult()).longValue();
        int offset = paging.page * paging.size;
        List<Object[]> ranked = em.createNativeQuery(RANKED).setParameter("id", searchId)
                .setParameter("top", offset + paging.size).setFirstResult(offset).setMaxResults(paging.size)
                .getResultList();
        if (ranked.isEmpty()) {
            return new Page<>(List.of(), paging.page, paging.size, total);
        }
        Map<UUID, Object[]> details = details(searchId, ranked.stream().map(r -> (UUID) r[0]).toList());
        List<MatchView> items = new ArrayList<>();
        for (Object[] row : ranked) {
            Object[] d = details.get((UUID) row[0]);
            items.add(new MatchView((UUID) row[0], (String) d[1], (String) d[2], (String) d[3],
                    OrganisationType.valueOf((String) d[4]), (Boolean) d[5], Math.round(((Number) row[1]).doubleValue()
                    * 10000) / 10000.0, reasons(search, d)));
        }
        return new Page<>(items, paging.page, paging.size, total);
    }

    /** Per organisation: what of it the search's words hit, and the facts the bonuses rest on. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Object[]> details(UUID searchId, List<UUID> ids) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.legal_name, o.country, o.city, o.org_type, o.twin_town,
                    partner_name_vector(o.legal_name || ' ' || coalesce(o.english_name, '')) @@ s.match_query,
                    (select string_agg(e, ', ' order by e) from jsonb_array_elements_text(o.expertise) e
                        where (to_tsvector('folded_english', e) || to_tsvector('folded_swedish', e)
                            || to_tsvector('folded_simple', e))
                            @@ s.match_query),
                    (to_tsvector('folded_english', coalesce(o.description, '')) || to_tsvector('folded_swedish',
                        coalesce(o.description, '')) || to_tsvector('folded_simple', coalesce(o.city, '') || ' '
                        || coalesce(o.region, ''))) @@ s.match_query,
                    (select string_agg(a, ', ' order by a) from (select distinct coalesce(p.acronym, p.project_ref) a
                        from partner_participation p where p.organisation_id = o.id
                        and to_tsvector('folded_english', coalesce(p.programme, '') || ' ' || coalesce(p.topic, ''))
                            @@ s.match_query limit 5) x),
                    o.coordinated_count,
                    (select count(distinct c.application_id) from (%s) c),
                    exists (select 1 from partner_interest i where i.search_id = s.id and i.organisation_id = o.id)
                from partner_search s, partner_organisation o where s.id = :id and o.id in (:ids)"""
                .formatted(MatchScore.cooperation("o.id")))
                .setParameter("id", searchId).setParameter("ids", ids).getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put((UUID) r[0], r));
        return byId;
    }

    private static List<MatchView.Reason> reasons(PartnerSearch search, Object[] d) {
        List<MatchView.Reason> reasons = new ArrayList<>();
        if ((Boolean) d[12]) {
            reasons.add(new MatchView.Reason(ReasonKind.EXPRESSED_INTEREST, null));
        }
        if ((Boolean) d[6]) {
            reasons.add(new MatchView.Reason(ReasonKind.NAME, null));
        }
        if (d[7] != null) {
            reasons.add(new MatchView.Reason(ReasonKind.EXPERTISE, (String) d[7]));
        }
        if ((Boolean) d[8]) {
            reasons.add(new MatchView.Reason(ReasonKind.DESCRIPTION, null));
        }
        if (d[9] != null) {
            reasons.add(new MatchView.Reason(ReasonKind.PAST_PROJECTS, (String) d[9]));
        }
        if (search.countries.contains((String) d[2])) {
            reasons.add(new MatchView.Reason(ReasonKind.COUNTRY, (String) d[2]));
        }
        if (search.organisationTypes.contains(OrganisationType.valueOf((String) d[4]))) {
            reasons.add(new MatchView.Reason(ReasonKind.TYPE, (String) d[4]));
        }
        int coordinated = ((Number) d[10]).intValue();
        if (search.roles.contains(PartnerRole.LEAD_PARTNER) && coordinated > 0) {
            reasons.add(new MatchView.Reason(ReasonKind.LEAD_EXPERIENCE, String.valueOf(coordinated)));
        }
        if ((Boolean) d[5]) {
            reasons.add(new MatchView.Reason(ReasonKind.TWIN_TOWN, null));
        }
        long applications = ((Number) d[11]).longValue();
        if (applications > 0) {
            reasons.add(new MatchView.Reason(ReasonKind.PREVIOUS_COOPERATION, String.valueOf(applications)));
        }
        return reasons;
    }
}
