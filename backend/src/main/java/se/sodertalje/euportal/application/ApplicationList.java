package se.sodertalje.euportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.paging.CappedCount;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * The applications list: the columns a list shows (no content texts, work packages or the call's
 * rules), sorted on indexed columns (V43). The total is exact up to {@link CappedCount#LIMIT} matches
 * and the planner's estimate above it (the page says so), so that the advisor's first page of 20 000
 * does not count 20 000 rows.
 */
@ApplicationScoped
public class ApplicationList {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "lower(a.title)", "status", "a.status", "createdAt", "a.createdAt", "unitName", "lower(u.name)",
            "submittedOn", "a.submittedOn", "callClosesAt", "c.closesAt");

    private static final String COLUMNS = "select a.id, a.unitId, u.code, u.name, a.callId, c.identifier, c.title,"
            + " c.closesAt, c.timeZone, a.ideaId, a.title, a.acronym, a.periodStart, a.periodEnd, a.status,"
            + " a.internalStatus, a.funderReference, a.submittedOn, a.decisionOn, a.grantedAmount,"
            + " a.createdBySubject, a.createdByName, a.createdAt, a.version";

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    public record Filter(String q, UUID unitId, UUID callId, UUID programmeId, ApplicationStatus status,
            Instant callClosesBefore) {
    }

    public Page<ApplicationListItem> list(PageParams paging, Filter filter) {
        // The same filters twice: in JPQL for the page, in SQL for the count (JPQL has no LIMIT in a
        // subquery's FROM, nor EXPLAIN); both bind the same named parameters.
        Filters filters = new Filters();
        Filters sql = new Filters();
        access.restriction().ifPresent(ids -> {
            filters.add("a.unitId in :ids", "ids", ids);
            if (ids.isEmpty()) {
                sql.add("false");   // SQL has no empty "in ()"
            } else {
                sql.add("a.unit_id in (:ids)", "ids", ids);
            }
        });
        if (filter.q() != null && !filter.q().isBlank()) {
            String pattern = Filters.containsPattern(filter.q());
            filters.add("(lower(a.title) like :q escape '\\' or lower(a.acronym) like :q escape '\\')", "q", pattern);
            sql.add("(lower(a.title) like :q escape '\\' or lower(a.acronym) like :q escape '\\')", "q", pattern);
        }
        if (filter.unitId() != null) {
            filters.add("a.unitId = :unitId", "unitId", filter.unitId());
            sql.add("a.unit_id = :unitId", "unitId", filter.unitId());
        }
        if (filter.callId() != null) {
            filters.add("a.callId = :callId", "callId", filter.callId());
            sql.add("a.call_id = :callId", "callId", filter.callId());
        }
        boolean filtersOnCall = filter.programmeId() != null || filter.callClosesBefore() != null;
        if (filter.programmeId() != null) {
            filters.add("c.programmeId = :programmeId", "programmeId", filter.programmeId());
            sql.add("c.programme_id = :programmeId", "programmeId", filter.programmeId());
        }
        if (filter.status() != null) {
            filters.add("a.status = :status", "status", filter.status());
            sql.add("a.status = :status", "status", filter.status().name());
        }
        if (filter.callClosesBefore() != null) {
            filters.add("c.closesAt < :closesBefore", "closesBefore", filter.callClosesBefore());
            sql.add("c.closes_at < :closesBefore", "closesBefore", filter.callClosesBefore());
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "a.id");
        var query = em.createQuery(COLUMNS + " from Application a join Unit u on u.id = a.unitId"
                + " left join FundingCall c on c.id = a.callId" + filters.where() + " order by " + order, Object[].class);
        filters.params().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults()).getResultList();
        String from = "application a" + (filtersOnCall ? " left join funding_call c on c.id = a.call_id" : "");
        CappedCount.Total total = CappedCount.of(em, from, sql, paging, rows.size());
        // The caller's roles per unit, worked out once per page rather than per row.
        Map<UUID, Set<String>> roles = new HashMap<>();
        List<ApplicationListItem> items = rows.stream()
                .map(row -> item(row, roles.computeIfAbsent((UUID) row[1], access::rolesFor))).toList();
        return new Page<>(items, paging.page, paging.size, total.value(), total.estimated());
    }

    private ApplicationListItem item(Object[] r, Set<String> roles) {
        UUID unitId = (UUID) r[1];
        ApplicationStatus status = (ApplicationStatus) r[14];
        Instant closesAt = (Instant) r[7];
        return new ApplicationListItem((UUID) r[0], unitId, (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], FundingCall.inCallZone(closesAt, (String) r[8]),
                (UUID) r[9], (String) r[10], (String) r[11], (LocalDate) r[12], (LocalDate) r[13], status,
                (String) r[15], (String) r[16], (LocalDate) r[17], (LocalDate) r[18], (BigDecimal) r[19],
                ApplicationWorkflow.allowedActions(status, roles), new Actor((String) r[20], (String) r[21]),
                (Instant) r[22], ((Number) r[23]).longValue());
    }
}
