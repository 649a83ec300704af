package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.day;
import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.task;
import static se.sodertalje.euportal.task.Tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.task.TaskView.RecordType;

/** Tasks on applications: drafts and what they lack, returns, unit approval, review, submission, closing calls. */
@ApplicationScoped
class ApplicationTasks {

    /** How far ahead a draft's closing call is listed. */
    static final int CALL_HORIZON_DAYS = 60;

    /** Columns 0-5 of every query: the application and its unit. */
    private static final String APPLICATION = "select a.id, a.title, u.id, u.code, u.name, a.createdAt";
    private static final String FROM = " from Application a join Unit u on u.id = a.unitId"
            + " left join FundingCall c on c.id = a.callId";

    @Inject
    EntityManager em;

    @Inject
    DraftGaps gaps;

    /**
     * Drafts in scope: returned ones (with the return's comment), those that still lack something, and,
     * for coordinators ({@code approval}), those that lack nothing and wait for the unit's approval.
     */
    List<TaskView> drafts(TaskScope scope, boolean approval, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(APPLICATION + ", c.closesAt" + FROM
                + " where a.status = :draft" + scope.onApplication("a"), Object[].class))
                .setParameter("draft", ApplicationStatus.DRAFT).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Object[]> returns = lastReturns(ids);
        Map<UUID, List<ReadinessItem>> missing = gaps.of(ids);
        List<TaskView> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            List<ReadinessItem> lacks = missing.getOrDefault(id, List.of());
            LocalDate due = day((Instant) row[6]);
            Object[] returned = returns.get(id);
            if (returned != null) {
                tasks.add(task(TaskKind.APPLICATION_RETURNED, RecordType.APPLICATION, id, (String) row[1],
                        TaskLinks.application(id, "timeline-title"), unit(row, 2),
                        reason("RETURNED", "by", returned[1], "comment", returned[2], "missing", lacks.size()),
                        (Instant) returned[0], due, lacks, today));
            } else if (!lacks.isEmpty()) {
                tasks.add(task(TaskKind.DRAFT_INCOMPLETE, RecordType.APPLICATION, id, (String) row[1],
                        TaskLinks.draft(id, lacks), unit(row, 2), reason("MISSING", "missing", lacks.size()),
                        (Instant) row[5], due, lacks, today));
            } else if (approval) {
                tasks.add(task(TaskKind.AWAITING_UNIT_APPROVAL, RecordType.APPLICATION, id, (String) row[1],
                        TaskLinks.application(id, "workflow-title"), unit(row, 2), reason("COMPLETE"),
                        (Instant) row[5], due, List.of(), today));
            }
        }
        return tasks;
    }

    /** Drafts in scope whose call closes within {@link #CALL_HORIZON_DAYS} days. */
    List<TaskView> closingCalls(TaskScope scope, Instant now, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(APPLICATION + ", c.id, c.identifier, c.title, c.closesAt, c.timeZone"
                + FROM + " where a.status = :draft and c.closesAt > :now and c.closesAt < :until"
                + scope.onApplication("a"), Object[].class))
                .setParameter("draft", ApplicationStatus.DRAFT).setParameter("now", now)
                .setParameter("until", now.plus(CALL_HORIZON_DAYS, ChronoUnit.DAYS)).getResultList();
        return rows.stream().map(row -> {
            Instant closes = (Instant) row[9];
            return task(TaskKind.CALL_CLOSING, RecordType.APPLICATION, (UUID) row[0], (String) row[1],
                    TaskLinks.application((UUID) row[0], null), unit(row, 2),
                    reason("CALL_CLOSES", "callId", row[6], "callIdentifier", row[7], "callTitle", row[8],
                            "closesAt", closes, "timeZone", row[10], "daysLeft", ChronoUnit.DAYS.between(today, day(closes))),
                    null, day(closes), List.of(), today);
        }).toList();
    }

    /** Approved by their unit, waiting for the office's review or in it; age counts from the unit's approval. */
    List<TaskView> awaitingReview(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(APPLICATION + ", a.status, (select max(t.at) from ApplicationTransition t"
                + " where t.applicationId = a.id and t.action = :approve)" + FROM + " where a.status in :waiting"
                + scope.onApplication("a"), Object[].class))
                .setParameter("approve", TransitionAction.APPROVE_FOR_UNIT)
                .setParameter("waiting", EnumSet.of(ApplicationStatus.UNIT_APPROVED, ApplicationStatus.IN_REVIEW))
                .getResultList();
        return rows.stream().map(row -> task(TaskKind.AWAITING_REVIEW, RecordType.APPLICATION, (UUID) row[0],
                (String) row[1], TaskLinks.application((UUID) row[0], "workflow-title"), unit(row, 2),
                reason(row[6].toString()), row[7] == null ? (Instant) row[5] : (Instant) row[7], null, List.of(), today))
                .toList();
    }

    /** Cleared for submission, not yet submitted: due when the call closes. */
    List<TaskView> readyToSubmit(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(APPLICATION + ", c.id, c.identifier, c.closesAt, c.timeZone,"
                + " (select max(t.at) from ApplicationTransition t where t.applicationId = a.id and t.action = :clear)"
                + FROM + " where a.status = :ready" + scope.onApplication("a"), Object[].class))
                .setParameter("clear", TransitionAction.CLEAR_FOR_SUBMISSION)
                .setParameter("ready", ApplicationStatus.READY_TO_SUBMIT).getResultList();
        return rows.stream().map(row -> {
            Instant closes = (Instant) row[8];
            return task(TaskKind.READY_TO_SUBMIT, RecordType.APPLICATION, (UUID) row[0], (String) row[1],
                    TaskLinks.application((UUID) row[0], "workflow-title"), unit(row, 2),
                    reason("CLEARED", "callId", row[6], "callIdentifier", row[7], "closesAt", closes, "timeZone", row[9]),
                    row[10] == null ? (Instant) row[5] : (Instant) row[10], day(closes), List.of(), today);
        }).toList();
    }

    /** The latest return of each draft (at, by, comment); drafts never returned are absent. */
    private Map<UUID, Object[]> lastReturns(List<UUID> ids) {
        Map<UUID, Object[]> returns = new HashMap<>();
        em.createQuery("select t.applicationId, t.at, t.actorName, t.comment from ApplicationTransition t"
                + " where t.applicationId in :ids and t.action = :return order by t.at", Object[].class)
                .setParameter("ids", ids).setParameter("return", TransitionAction.RETURN_FOR_CHANGES).getResultList()
                .forEach(r -> returns.put((UUID) r[0], new Object[] {r[1], r[2], r[3]}));
        return returns;
    }
}
