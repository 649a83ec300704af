package se.sodertalje.euportal.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs one page of a filtered, sorted JPQL list and counts the whole, so every list answers alike. */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param select the select clause, e.g. "select c, u"
     * @param from the from clause with joins, without where
     * @param count what to count, e.g. "count(c)"
     */
    public static <R, T> Page<T> run(EntityManager em, Class<R> rowType, String select, String from, String count,
            Filters filters, String orderBy, PageParams paging, Function<List<R>, List<T>> toItems) {
        return run(em, rowType, select, from, from, count, filters, orderBy, paging, toItems);
    }

    /**
     * @param countFrom the from clause the count needs: only the joins the filters use (a join the
     *     count does not filter on costs a join per row and changes nothing)
     */
    public static <R, T> Page<T> run(EntityManager em, Class<R> rowType, String select, String from, String countFrom,
            String count, Filters filters, String orderBy, PageParams paging, Function<List<R>, List<T>> toItems) {
        TypedQuery<R> query = em.createQuery(select + from + filters.where() + " order by " + orderBy, rowType);
        TypedQuery<Long> total = em.createQuery("select " + count + countFrom + filters.where(), Long.class);
        filters.params().forEach((name, value) -> {
            query.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<R> rows = query.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults()).getResultList();
        return new Page<>(toItems.apply(rows), paging.page, paging.size, totalOf(paging, rows.size(), total::getSingleResult));
    }

    /**
     * The list's total: when the page is not full and shows rows (or is the first), the list ends on it
     * and the total is known without counting (every unit user's lists, most filtered ones).
     */
    static long totalOf(PageParams paging, int shown, Supplier<Long> count) {
        return endsOnPage(paging, shown) ? (long) paging.firstResult() + shown : count.get();
    }

    /** Whether a page that returned {@code shown} rows is the list's last: then its total needs no count. */
    static boolean endsOnPage(PageParams paging, int shown) {
        return shown < paging.maxResults() && (shown > 0 || paging.firstResult() == 0);
    }

    /**
     * The same over native SQL, for queries JPQL cannot say (full-text search).
     * @param from the from clause without where, e.g. "partner_organisation o"; rows are read as {@code entity}
     */
    @SuppressWarnings("unchecked")
    public static <E, T> Page<T> runNative(EntityManager em, Class<E> entity, String alias, String from, Filters filters,
            String orderBy, PageParams paging, Function<List<E>, List<T>> toItems) {
        var query = em.createNativeQuery("select " + alias + ".* from " + from + filters.where() + " order by " + orderBy,
                entity);
        // No result class: see CappedCount on Hibernate's plan cache.
        var total = em.createNativeQuery("select count(*) from " + from + filters.where());
        filters.params().forEach((name, value) -> {
            query.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<E> rows = query.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults()).getResultList();
        return new Page<>(toItems.apply(rows), paging.page, paging.size,
                totalOf(paging, rows.size(), () -> ((Number) total.getSingleResult()).longValue()));
    }
}
