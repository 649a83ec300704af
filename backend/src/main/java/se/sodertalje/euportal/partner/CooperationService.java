package se.sodertalje.euportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.partner.search.MatchCriteria;
import se.sodertalje.euportal.partner.search.SearchStatus;
import se.sodertalje.euportal.security.UnitAccess;

/** An organisation's history with the municipality and in EU projects; the networks of the register. */
@ApplicationScoped
public class CooperationService {

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    PartnerService partners;

    @SuppressWarnings("unchecked")
    public List<NetworkView> networks() {
        List<Object[]> rows = em.createNativeQuery("select n, count(*) from partner_organisation o, "
                + "jsonb_array_elements_text(o.networks) n group by n order by lower(n), n").getResultList();
        return rows.stream().map(r -> new NetworkView((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    public CooperationView of(UUID id) {
        partners.find(id);
        return new CooperationView(applications(id), searches(id), projects(id));
    }

    private List<CooperationView.Partnership> applications(UUID id) {
        Set<UUID> units = access.restriction().orElse(null);
        String scope = units == null ? "" : " and a.unitId in :units";
        var query = em.createQuery("select a.id, a.title, a.acronym, a.status, u.code, ap.role, p.id"
                + " from ApplicationPartner ap join Application a on a.id = ap.applicationId join Unit u on u.id = a.unitId"
                + " left join Project p on p.applicationId = a.id"
                + " where ap.organisationId = :id" + scope + " order by a.createdAt desc, a.id", Object[].class)
                .setParameter("id", id);
        if (units != null) {
            query.setParameter("units", units.isEmpty() ? Set.of(new UUID(0, 0)) : units);
        }
        return query.getResultList().stream().map(r -> new CooperationView.Partnership((UUID) r[0], (String) r[1],
                (String) r[2], (ApplicationStatus) r[3], (String) r[4], (PartnerRole) r[5], (UUID) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<CooperationView.SearchMatch> searches(UUID id) {
        Set<UUID> units = access.restriction().orElse(null);
        String scope = units == null ? "" : " and s.unit_id in (:units)";
        var query = em.createNativeQuery("select * from (select s.id, s.title, u.code, s.status, coalesce("
                + MatchCriteria.CANDIDATE + ", false) as matches,"
                + " exists (select 1 from partner_interest i where i.search_id = s.id and i.organisation_id = o.id) as interest,"
                + " s.created_at from partner_search s join unit u on u.id = s.unit_id, partner_organisation o"
                + " where o.id = :id" + scope + ") x where matches or interest order by created_at desc, id")
                .setParameter("id", id);
        if (units != null) {
            query.setParameter("units", units.isEmpty() ? Set.of(new UUID(0, 0)) : units);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CooperationView.SearchMatch((UUID) r[0], (String) r[1], (String) r[2],
                SearchStatus.valueOf((String) r[3]), (Boolean) r[4], (Boolean) r[5])).toList();
    }

    private List<CooperationView.ProjectParticipation> projects(UUID id) {
        return Participation.<Participation>list("organisationId = ?1 order by startDate desc nulls last, projectRef", id)
                .stream().map(p -> new CooperationView.ProjectParticipation(p.source, p.projectRef, p.acronym, p.role,
                        p.programme, p.topicCode, p.topic, p.startDate, p.endDate, p.euContribution)).toList();
    }
}
