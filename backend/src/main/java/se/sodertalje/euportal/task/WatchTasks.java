package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.day;
import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.task.TaskView.RecordType;

/** New matches of the caller's call watches: a call worth a look until someone of the unit starts on it. */
@ApplicationScoped
class WatchTasks {

    /** How long a new match stays on the list. */
    static final int NEWS_DAYS = 30;

    private static final UUID NONE = new UUID(0, 0);

    @Inject
    EntityManager em;

    /**
     * @param keptUnits the units whose watches the caller keeps (a coordinator's own units)
     * @param ownUnits the units whose applications take a call off the list
     */
    List<TaskView> newMatches(String subject, Set<UUID> keptUnits, Set<UUID> ownUnits, Instant now, LocalDate today) {
        List<Object[]> rows = em.createQuery("""
                select c.id, c.identifier, c.title, c.closesAt, c.timeZone, w.name, u.id, u.code, u.name, m.matchedAt
                from CallWatchMatch m join CallWatch w on w.id = m.watchId join FundingCall c on c.id = m.callId
                left join Unit u on u.id = w.unitId
                where m.notified = true and m.matchedAt >= :since and c.closesAt > :now and c.cancelled = false
                  and (w.ownerSubject = :me or w.unitId in :kept)
                  and not exists (select a.id from Application a where a.callId = c.id and a.unitId in :own)
                order by m.matchedAt""", Object[].class)
                .setParameter("since", now.minus(NEWS_DAYS, ChronoUnit.DAYS)).setParameter("now", now)
                .setParameter("me", subject).setParameter("kept", keptUnits.isEmpty() ? Set.of(NONE) : keptUnits)
                .setParameter("own", ownUnits.isEmpty() ? Set.of(NONE) : ownUnits).getResultList();
        // One task per call, however many watches found it.
        Map<UUID, TaskView> tasks = new LinkedHashMap<>();
        for (Object[] r : rows) {
            tasks.putIfAbsent((UUID) r[0], task(TaskKind.WATCHED_CALL, RecordType.CALL, (UUID) r[0], (String) r[2],
                    TaskLinks.call((UUID) r[0]), r[6] == null ? null : new Object[] {r[6], r[7], r[8]},
                    reason("NEW_MATCH", "callIdentifier", r[1], "watch", r[5], "closesAt", r[3], "timeZone", r[4]),
                    (Instant) r[9], day((Instant) r[3]), List.of(), today));
        }
        return List.copyOf(tasks.values());
    }
}
