package se.sodertalje.euportal.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationChecklist;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * What drafts still lack: the one place the to-do list asks. It states no rule of its own: it asks
 * the application's checklist, the one approval, clearing and submission refuse with, for its
 * blocking items (advice such as work packages does not make a draft wait).
 *
 * <p>The checklist is a function of the draft, its budget, its partners, its call and the call's
 * programme and of nothing else (no clock, no other table). Each of those rows carries a version that
 * every change through the entities bumps, so a draft's result is kept with a stamp made of those
 * versions (and of its budget's and partners' ids, so that an added or removed row counts too) and
 * worked out again only when the stamp read on this request differs. An applicant with hundreds of
 * drafts had all their budgets read, parsed and checked on every look at the to-do list. Kept per
 * instance: another instance keeps its own, and the stamp is read from the database each time, so
 * none can answer from a stale result.
 */
@ApplicationScoped
class DraftGaps {

    /** The most drafts kept; past it the kept results are dropped and worked out again as asked. */
    static final int MAX_KEPT = 50_000;

    private static final String STAMPS = "select a.id, concat_ws('/', a.version, c.version, p.version,"
            + " (select b.id || ':' || b.version from budget b where b.application_id = a.id),"
            + " (select string_agg(m.id || ':' || m.version, ',' order by m.id) from application_partner m"
            + " where m.application_id = a.id))"
            + " from application a left join funding_call c on c.id = a.call_id"
            + " left join programme p on p.id = c.programme_id where a.id in (:ids)";

    private record Kept(String stamp, List<ReadinessItem> blocking) {
    }

    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    ApplicationChecklist checklist;

    @Inject
    EntityManager em;

    /** Per draft id, the blocking items it lacks (empty when it is ready for the unit's approval). */
    Map<UUID, List<ReadinessItem>> of(Collection<UUID> draftIds) {
        Map<UUID, List<ReadinessItem>> gaps = new HashMap<>();
        if (draftIds.isEmpty()) {
            return gaps;
        }
        Map<UUID, String> stamps = stamps(draftIds);
        List<UUID> stale = new ArrayList<>();
        stamps.forEach((id, stamp) -> {
            Kept known = kept.get(id);
            if (known != null && known.stamp().equals(stamp)) {
                gaps.put(id, known.blocking());
            } else {
                stale.add(id);
            }
        });
        if (!stale.isEmpty()) {
            // All stale drafts at once: the checklist's statements stay the same however many there are.
            Map<UUID, List<ReadinessItem>> worked = checklist.blocking(Application.<Application>list("id in ?1", stale));
            if (kept.size() + worked.size() > MAX_KEPT) {
                kept.clear();
            }
            worked.forEach((id, items) -> {
                gaps.put(id, items);
                kept.put(id, new Kept(stamps.get(id), items));
            });
        }
        return gaps;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> stamps(Collection<UUID> draftIds) {
        Map<UUID, String> stamps = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery(STAMPS).setParameter("ids", draftIds).getResultList())
                .forEach(row -> stamps.put((UUID) row[0], (String) row[1]));
        return stamps;
    }
}
