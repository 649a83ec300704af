package se.sodertalje.euportal.common.paging;

import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list's total without counting every match: exact when the page itself shows where the list ends,
 * exact up to {@link #LIMIT} matches otherwise, and above that PostgreSQL's planner estimate (stated in
 * the envelope as {@code totalEstimated}). Counting 20 000 rows cost more than the page of 20 they
 * lead to; nobody pages through a thousand rows to check the count.
 *
 * <p>Both statements are created without a result class: Hibernate (7.2) keys its plan cache for a
 * native query with a basic result class ({@code Long.class}) on a result builder without equality, so
 * every run added one more entry under the same SQL's hash and each lookup walked all of them (a
 * third of the applications list's time under load, JFR; docs/performance.md, "Issue 15's third round").
 */
public final class CappedCount {

    /** Lists up to this long are counted exactly. */
    public static final int LIMIT = 1000;

    private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+) ");

    public record Total(long value, boolean estimated) {
    }

    private CappedCount() {
    }

    /**
     * @param from an SQL from clause, e.g. "application a left join funding_call c on …", with only the
     *     joins the filters use
     * @param filters SQL where clauses with named parameters
     * @param shown how many rows the page query returned for {@code paging}
     */
    public static Total of(EntityManager em, String from, Filters filters, PageParams paging, int shown) {
        int first = paging.firstResult();
        if (PagedQuery.endsOnPage(paging, shown)) {
            return new Total((long) first + shown, false);
        }
        if (filters.where().isEmpty()) {
            // A whole table: the planner's figure is the table's own row count (pg_class, kept by analyze),
            // so the advisor's unfiltered list of 20 000 needs no scan of a thousand rows to say so.
            long estimate = estimate(em, from, filters);
            if (estimate > 2L * LIMIT) {
                return new Total(Math.max(estimate, (long) first + shown), true);
            }
        }
        var capped = em.createNativeQuery("select count(*) from (select 1 from " + from + filters.where()
                + " limit " + (LIMIT + 1) + ") s");
        filters.params().forEach(capped::setParameter);
        long counted = ((Number) capped.getSingleResult()).longValue();
        if (counted <= LIMIT) {
            return new Total(counted, false);
        }
        // Never less than what is known to be there: more than LIMIT, and the rows up to this page.
        return new Total(Math.max(estimate(em, from, filters), Math.max(LIMIT + 1L, (long) first + shown)), true);
    }

    /** The planner's row estimate for the matches. */
    private static long estimate(EntityManager em, String from, Filters filters) {
        // The plan's first line is its top node: "Seq Scan on application a  (cost=… rows=20000 width=0)".
        var explain = em.createNativeQuery("explain select 1 from " + from + filters.where());
        filters.params().forEach(explain::setParameter);
        Matcher rows = PLAN_ROWS.matcher(String.valueOf(explain.getResultList().get(0)));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }
}
