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
import org.hibernate.query.NativeQuery;
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

    /** API field to SQL: the same columns V43's indexes sort on. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "lower(a.title)", "status", "a.status", "createdAt", "a.created_at", "unitName", "lower(u.name)",
            "submittedOn", "a.submitted_on", "callClosesAt", "c.closes_at");

    /** The page's columns, named so that each is read as its Java type ({@link #SCALARS}). */
    private static final String COLUMNS = "select a.id, a.unit_id, u.code as unit_code, u.name as unit_name, a.call_id,"
            + " c.identifier as call_identifier, c.title as call_title, c.closes_at, c.time_zone, a.idea_id, a.title,"
            + " a.acronym, a.period_start, a.period_end, a.status, a.internal_status, a.funder_reference, a.submitted_on,"
            + " a.decision_on, a.granted_amount, a.created_by_subject, a.created_by_name, a.created_at, a.version"
            + " from application a join unit u on u.id = a.unit_id left join funding_call c on c.id = a.call_id";

    private static final List<Map.Entry<String, Class<?>>> SCALARS = List.of(
            Map.entry("id", UUID.class), Map.entry("unit_id", UUID.class), Map.entry("unit_code", String.class),
            Map.entry("unit_name", String.class), Map.entry("call_id", UUID.class),
            Map.entry("call_identifier", String.class), Map.entry("call_title", String.class),
            Map.entry("closes_at", Instant.class), Map.entry("time_zone", String.class), Map.entry("idea_id", UUID.class),
            Map.entry("title", String.class), Map.entry("acronym", String.class),
            Map.entry("period_start", LocalDate.class), Map.entry("period_end", LocalDate.class),
            Map.entry("status", String.class), Map.entry("internal_status", String.class),
            Map.entry("funder_reference", String.class), Map.entry("submitted_on", LocalDate.class),
            Map.entry("decision_on", LocalDate.class), Map.entry("granted_amount", BigDecimal.class),
            Map.entry("created_by_subject", String.class), Map.entry("created_by_name", String.class),
            Map.entry("created_at", Instant.class), Map.entry("version", Long.class));

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    public record Filter(String q, UUID unitId, UUID callId, UUID programmeId, ApplicationStatus status,
            Instant callClosesBefore) {
    }

    /**
     * One native statement for the page, with a fixed column list read as typed scalars: the JPQL
     * version spent more of each request in Hibernate's query handling than PostgreSQL spent on the
     * page (JFR under 32 connections, docs/performance.md "Issue 15's third round"). The count shares the filters.
     */
    public Page<ApplicationListItem> list(PageParams paging, Filter filter) {
        Filters sql = new Filters();
        access.restriction().ifPresent(ids -> {
            if (ids.isEmpty()) {
                sql.add("false");   // SQL has no empty "in ()"
            } else {
                sql.add("a.unit_id in (:ids)", "ids", ids);
            }
        });
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.add("(lower(a.title) like :q escape '\\' or lower(a.acronym) like :q escape '\\')", "q",
                    Filters.containsPattern(filter.q()));
        }
        if (filter.unitId() != null) {
            sql.add("a.unit_id = :unitId", "unitId", filter.unitId());
        }
        if (filter.callId() != null) {
            sql.add("a.call_id = :callId", "callId", filter.callId());
        }
        boolean filtersOnCall = filter.programmeId() != null || filter.callClosesBefore() != null;
        if (filter.programmeId() != null) {
            sql.add("c.programme_id = :programmeId", "programmeId", filter.programmeId());
        }
        if (filter.status() != null) {
            sql.add("a.status = :status", "status", filter.status().name());
        }
        if (filter.callClosesBefore() != null) {
            sql.add("c.closes_at < :closesBefore", "closesBefore", filter.callClosesBefore());
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "a.id");
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = em.createNativeQuery(COLUMNS + sql.where() + " order by " + order)
                .unwrap(NativeQuery.class);
        SCALARS.forEach(column -> query.addScalar(column.getKey(), column.getValue()));
        sql.params().forEach(query::setParameter);
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
        ApplicationStatus status = ApplicationStatus.valueOf((String) r[14]);
        Instant closesAt = (Instant) r[7];
        return new ApplicationListItem((UUID) r[0], unitId, (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], FundingCall.inCallZone(closesAt, (String) r[8]),
                (UUID) r[9], (String) r[10], (String) r[11], (LocalDate) r[12], (LocalDate) r[13], status,
                (String) r[15], (String) r[16], (LocalDate) r[17], (LocalDate) r[18], (BigDecimal) r[19],
                ApplicationWorkflow.allowedActions(status, roles), new Actor((String) r[20], (String) r[21]),
                (Instant) r[22], ((Number) r[23]).longValue());
    }
}
