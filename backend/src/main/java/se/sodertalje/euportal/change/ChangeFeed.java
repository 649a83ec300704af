package se.sodertalje.euportal.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.ChangeType;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * Reads the change log (table change_log, filled by triggers; see V48__change_feed.sql for why the
 * positions follow commit order) a page at a time after a cursor.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int MAX_LIMIT = 1000;

    @Inject
    EntityManager em;

    /**
     * @param units empty: every unit; otherwise only these units' records and the records of no unit
     * @param types empty: every kind
     */
    public ChangePage read(String after, int limit, Optional<Set<UUID>> units, Collection<RecordType> types) {
        return read(after, limit, units, true, Set.of(), types);
    }

    /**
     * @param units empty: every record; otherwise only these units' records, with those below
     * @param unitless with the records of no unit (programmes, calls, the partner register)
     * @param projects with the records of these projects (a controller's: the project, its periods, reports and lines)
     * @param types empty: every kind
     */
    public ChangePage read(String after, int limit, Optional<Set<UUID>> units, boolean unitless, Set<UUID> projects,
            Collection<RecordType> types) {
        long from = parseCursor(after);
        StringBuilder where = new StringBuilder("c.position > :after");
        if (units.isPresent()) {
            List<String> reach = new ArrayList<>();
            if (unitless) {
                reach.add("c.unit_id is null");
            }
            if (!units.get().isEmpty()) {
                reach.add("c.unit_id in (:units)");
            }
            if (!projects.isEmpty()) {
                reach.add("c.project_id in (:projects)");
            }
            where.append(reach.isEmpty() ? " and false" : " and (" + String.join(" or ", reach) + ")");
        }
        if (!types.isEmpty()) {
            where.append(" and c.record_type in (:types)");
        }
        // One statement, one snapshot: the page and the highest position committed when it was read. A reader
        // whose scope or filter leaves the rest out may move on to that position without skipping anything.
        Query query = em.createNativeQuery("with page as (select c.position, c.record_type, c.record_id, c.version, c.unit_id,"
                + " c.change_type, c.changed_at, c.path from change_log c where " + where + " order by c.position limit :limit),"
                + " top as (select coalesce(max(position), 0) as last from change_log)"
                + " select page.*, top.last from top left join page on true order by page.position")
                .setParameter("after", from)
                .setParameter("limit", limit + 1);
        units.filter(u -> !u.isEmpty()).ifPresent(u -> query.setParameter("units", u));
        if (units.isPresent() && !projects.isEmpty()) {
            query.setParameter("projects", projects);
        }
        if (!types.isEmpty()) {
            query.setParameter("types", types.stream().map(Enum::name).toList());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Change> items = new ArrayList<>();
        long last = from;
        long top = from;
        for (Object[] row : rows) {
            top = Math.max(top, ((Number) row[8]).longValue());
            if (row[0] == null || items.size() == limit) {
                continue;
            }
            long position = ((Number) row[0]).longValue();
            items.add(new Change(Long.toString(position), RecordType.valueOf((String) row[1]), (UUID) row[2],
                    ((Number) row[3]).longValue(), (UUID) row[4], ChangeType.valueOf((String) row[5]), time(row[6]),
                    (String) row[7]));
            last = position;
        }
        boolean more = rows.size() > limit;
        return new ChangePage(items, Long.toString(more ? last : Math.max(last, top)), more);
    }

    /** The feed's cursor is a position; anything else is a client's mistake (400), never a 500. */
    static long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(after.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.invalid("after", "not a cursor of this feed: pass the next or cursor value of an earlier answer",
                ProblemCode.CURSOR);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
