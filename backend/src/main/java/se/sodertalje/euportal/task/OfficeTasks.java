package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.day;
import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.start;
import static se.sodertalje.euportal.task.Tasks.task;
import static se.sodertalje.euportal.task.Tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.organisation.ContactPerson;
import se.sodertalje.euportal.organisation.CoordinatorCoverage;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.task.TaskView.RecordType;

/** Tasks of the office and its overseers: untouched closing calls, recently closed projects, coverage gaps. */
@ApplicationScoped
class OfficeTasks {

    /** How far ahead an untouched open call is listed. */
    static final int CALL_HORIZON_DAYS = 30;

    /** How long a closed project stays on the auditors' list. */
    static final int CLOSED_DAYS = 90;

    @Inject
    EntityManager em;

    /** Open calls closing within {@link #CALL_HORIZON_DAYS} days that no application refers to. */
    List<TaskView> untouchedCalls(Instant now, LocalDate today) {
        List<Object[]> rows = em.createQuery("select c.id, c.identifier, c.title, c.opensAt, c.closesAt, c.timeZone,"
                + " c.announcedStatus from FundingCall c where c.closesAt > :now and c.closesAt < :until"
                + " and (c.opensAt is null or c.opensAt <= :now)"
                + " and not exists (select a.id from Application a where a.callId = c.id)", Object[].class)
                .setParameter("now", now).setParameter("until", now.plus(CALL_HORIZON_DAYS, ChronoUnit.DAYS))
                .getResultList();
        return rows.stream()
                .filter(r -> CallStatus.of((Instant) r[3], (Instant) r[4], (CallStatus) r[6], now) == CallStatus.OPEN)
                .map(r -> task(TaskKind.CALL_NOT_STARTED, RecordType.CALL, (UUID) r[0], (String) r[2],
                        TaskLinks.call((UUID) r[0]), null, reason("NO_APPLICATION", "callIdentifier", r[1],
                                "closesAt", r[4], "timeZone", r[5], "daysLeft", ChronoUnit.DAYS.between(today, day((Instant) r[4]))),
                        (Instant) r[3], day((Instant) r[4]), List.of(), today))
                .toList();
    }

    /** Projects closed in the last {@link #CLOSED_DAYS} days, archived since or not. */
    List<TaskView> recentlyClosed(LocalDate today) {
        List<Object[]> rows = em.createQuery("select p.id, p.title, p.status, p.closedOn, u.id, u.code, u.name"
                + " from Project p join Unit u on u.id = p.unitId where p.status in :closed and p.closedOn >= :since",
                Object[].class).setParameter("closed", EnumSet.of(ProjectStatus.CLOSED, ProjectStatus.ARCHIVED))
                .setParameter("since", today.minusDays(CLOSED_DAYS)).getResultList();
        return rows.stream().map(r -> task(TaskKind.PROJECT_CLOSED, RecordType.PROJECT, (UUID) r[0], (String) r[1],
                TaskLinks.project((UUID) r[0], null), unit(r, 4), reason(r[2].toString(), "closedOn", r[3]),
                start((LocalDate) r[3]), null, List.of(), today)).toList();
    }

    /** Active units in scope without an active international coordinator today (the contact-person register). */
    List<TaskView> uncoveredUnits(TaskScope scope, LocalDate today) {
        List<Unit> units = scope.units() == null ? Unit.list("active", true)
                : Unit.list("active = true and id in ?1", scope.units());
        if (units.isEmpty()) {
            return List.of();
        }
        List<ContactPerson> contacts = ContactPerson.list("unitId in ?1", units.stream().map(u -> u.id).toList());
        return CoordinatorCoverage.unitsWithoutCoordinator(units, contacts, today).stream()
                .map(u -> task(TaskKind.UNIT_WITHOUT_COORDINATOR, RecordType.UNIT, u.id, u.name, TaskLinks.coordinatorFor(u.id),
                        new Object[] {u.id, u.code, u.name}, reason("NO_COORDINATOR"), null, null, List.of(), today))
                .toList();
    }
}
