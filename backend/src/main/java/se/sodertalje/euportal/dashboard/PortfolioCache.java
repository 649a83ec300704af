package se.sodertalje.euportal.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The portfolio's grouped money per filter and scope, kept while application_money and the names it
 * is grouped by stay as they were: V115's counter says so, read in one tiny statement per request,
 * so every instance notices another's writes. Stale applications are summarised before the counter is
 * read; the summary's writes bump it.
 */
@ApplicationScoped
class PortfolioCache {

    /** Filters kept at once; past that the cache starts over (a handful of filters is the usual load). */
    private static final int MAX_ENTRIES = 256;

    record Money(List<PortfolioQuery.Group> groups, List<PortfolioView.UnconvertedApplication> unconverted) {
    }

    private record Key(PortfolioFilter filter, Set<UUID> scope) {
    }

    private record Entry(long generation, Money money) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    PortfolioMoney summariser;

    /** The money of this filter and scope (null: all units), computed only when the figures changed. */
    Money money(PortfolioFilter filter, Set<UUID> scope, Supplier<Money> compute) {
        long generation = currentGeneration();
        Key key = new Key(filter, scope);
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generation) {
            return entry.money();
        }
        Money money = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // Figures read after the counter are at least as new as it: filed under it, they can only be
        // replaced sooner than needed, never kept too long.
        entries.merge(key, new Entry(generation, money), (old, now) -> old.generation() > now.generation() ? old : now);
        return money;
    }

    /** The counter, after summarising whatever the database marked stale (which moves it on). */
    private long currentGeneration() {
        Object[] row = (Object[]) em.createNativeQuery("select n, exists (select 1 from application_money_stale)"
                + " from portfolio_generation").getSingleResult();
        if (!(Boolean) row[1]) {
            return ((Number) row[0]).longValue();
        }
        summariser.refreshStale();
        return ((Number) em.createNativeQuery("select n from portfolio_generation").getSingleResult()).longValue();
    }
}
