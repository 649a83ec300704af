package se.sodertalje.euportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * The applications list: the columns a list shows (no content texts, work packages or the call's
 * rules), sorted on indexed columns (V43), counted without the joins the filters do not need.
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
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> filters.add("a.unitId in :ids", "ids", ids));
        if (filter.q() != null && !filter.q().isBlank()) {
            filters.add("(lower(a.title) like :q escape '\\' or lower(a.acronym) like :q escape '\\')", "q",
                    Filters.containsPattern(filter.q()));
        }
        if (filter.unitId() != null) {
            filters.add("a.unitId = :unitId", "unitId", filter.unitId());
        }
        if (filter.callId() != null) {
            filters.add("a.callId = :callId", "callId", filter.callId());
        }
        boolean filtersOnCall = filter.programmeId() != null || filter.callClosesBefore() != null;
        if (filter.programmeId() != null) {
            filters.add("c.programmeId = :programmeId", "programmeId", filter.programmeId());
        }
        if (filter.status() != null) {
            filters.add("a.status = :status", "status", filter.status());
        }
        if (filter.callClosesBefore() != null) {
            filters.add("c.closesAt < :closesBefore", "closesBefore", filter.callClosesBefore());
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "a.id");
        String call = " left join FundingCall c on c.id = a.callId";
        return PagedQuery.run(em, Object[].class, COLUMNS, " from Application a join Unit u on u.id = a.unitId" + call,
                " from Application a" + (filtersOnCall ? call : ""), "count(a)", filters, order, paging,
                rows -> rows.stream().map(this::item).toList());
    }

    private ApplicationListItem item(Object[] r) {
        UUID unitId = (UUID) r[1];
        ApplicationStatus status = (ApplicationStatus) r[14];
        Instant closesAt = (Instant) r[7];
        return new ApplicationListItem((UUID) r[0], unitId, (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], FundingCall.inCallZone(closesAt, (String) r[8]),
                (UUID) r[9], (String) r[10], (String) r[11], (LocalDate) r[12], (LocalDate) r[13], status,
                (String) r[15], (String) r[16], (LocalDate) r[17], (LocalDate) r[18], (BigDecimal) r[19],
                ApplicationWorkflow.allowedActions(status, access.rolesFor(unitId)), new Actor((String) r[20], (String) r[21]),
                (Instant) r[22], ((Number) r[23]).longValue());
    }
}
