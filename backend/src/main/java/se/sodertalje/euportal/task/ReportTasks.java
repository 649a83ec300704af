package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.start;
import static se.sodertalje.euportal.task.Tasks.task;
import static se.sodertalje.euportal.task.Tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.reminder.ReminderRules;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.task.TaskView.RecordType;

/** Tasks on reports: returned, awaiting review, unpaid claims and report deadlines of running projects. */
@ApplicationScoped
class ReportTasks {

    /** A claim sent to the funder this many days ago without a payment is followed up. */
    static final int PAYMENT_WAIT_DAYS = 90;

    /** Columns 0-7: the report, its project and the project's unit. */
    private static final String REPORT = "select r.id, r.kind, r.periodNumber, p.id, p.title, u.id, u.code, u.name";
    private static final String FROM = " from ProjectReport r join Project p on p.id = r.projectId"
            + " join Application a on a.id = p.applicationId join Unit u on u.id = p.unitId";

    @Inject
    EntityManager em;

    /** Reports returned to the unit, with the advisor's comment. */
    List<TaskView> returned(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(REPORT + FROM + " where r.status = :returned"
                + scope.onApplication("a"), Object[].class)).setParameter("returned", ReportStatus.RETURNED).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> returns = new HashMap<>();
        em.createQuery("select t.reportId, t.at, t.actorName, t.comment from ReportTransition t"
                + " where t.reportId in :ids and t.action = :return order by t.at", Object[].class)
                .setParameter("ids", rows.stream().map(r -> r[0]).toList()).setParameter("return", ReportAction.RETURN)
                .getResultList().forEach(t -> returns.put((UUID) t[0], t));
        return rows.stream().map(row -> {
            Object[] step = returns.getOrDefault(row[0], new Object[4]);
            return report(TaskKind.REPORT_RETURNED, row, "timeline-title",
                    reason("RETURNED", "reportKind", row[1], "period", row[2], "by", step[2], "comment", step[3]),
                    (Instant) step[1], null, today);
        }).toList();
    }

    /** Reports the units submitted, waiting for an advisor; since their latest submission. */
    List<TaskView> awaitingReview(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(REPORT + ", (select max(t.at) from ReportTransition t"
                + " where t.reportId = r.id and t.action = :submit)" + FROM + " where r.status = :submitted"
                + scope.onApplication("a"), Object[].class)).setParameter("submit", ReportAction.SUBMIT)
                .setParameter("submitted", ReportStatus.SUBMITTED).getResultList();
        return rows.stream().map(row -> report(TaskKind.REPORT_AWAITING_REVIEW, row, "workflow-title",
                reason("SUBMITTED", "reportKind", row[1], "period", row[2]), (Instant) row[8], null, today)).toList();
    }

    /** Claims sent to the funder at least {@link #PAYMENT_WAIT_DAYS} days ago and not paid. */
    List<TaskView> unpaidClaims(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery(REPORT + ", r.sentOn, r.euClaimed" + FROM
                + " where r.status = :sent and r.paidOn is null and r.sentOn <= :before" + scope.onApplication("a"),
                Object[].class)).setParameter("sent", ReportStatus.SENT_TO_FUNDER)
                .setParameter("before", today.minusDays(PAYMENT_WAIT_DAYS)).getResultList();
        return rows.stream().map(row -> report(TaskKind.PAYMENT_OVERDUE, row, "payment-title",
                reason("NO_PAYMENT", "reportKind", row[1], "period", row[2], "sentOn", row[8],
                        "euClaimed", row[9] == null ? null : ((BigDecimal) row[9]).toPlainString()),
                start((LocalDate) row[8]), null, today)).toList();
    }

    /**
     * Periods of running (or closing) projects whose reports are due up to {@code to} (from {@code from},
     * when given) and are not all handed in; one task per period, naming the reports missing.
     */
    List<TaskView> deadlines(TaskKind kind, TaskScope scope, LocalDate from, LocalDate to, LocalDate today) {
        var query = scope.bind(em.createQuery("select pp.number, pp.reportDue, pp.endsOn, p.id, p.title,"
                + " u.id, u.code, u.name from ProjectPeriod pp join Project p on p.id = pp.projectId"
                + " join Application a on a.id = p.applicationId join Unit u on u.id = p.unitId"
                + " where p.status in :running and pp.reportDue <= :to" + (from == null ? "" : " and pp.reportDue >= :from")
                + scope.onApplication("a"), Object[].class))
                .setParameter("running", EnumSet.of(ProjectStatus.RUNNING, ProjectStatus.CLOSING)).setParameter("to", to);
        if (from != null) {
            query.setParameter("from", from);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<ReportKind>> handedIn = handedIn(rows.stream().map(r -> (UUID) r[3]).distinct().toList());
        List<TaskView> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            UUID project = (UUID) row[3];
            Set<ReportKind> missing = ReminderRules.missing(handedIn.getOrDefault(project + "/" + row[0], Set.of()));
            if (missing.isEmpty()) {
                continue;
            }
            LocalDate due = (LocalDate) row[1];
            LocalDate ended = (LocalDate) row[2];
            tasks.add(task(kind, RecordType.PROJECT, project, (String) row[4], TaskLinks.project(project, "schedule-title"),
                    unit(row, 5), reason("REPORTS_DUE", "period", row[0], "reports",
                            missing.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                            "daysLeft", ChronoUnit.DAYS.between(today, due)),
                    ended.isBefore(today) ? start(ended.plusDays(1)) : null, due, List.of(), today));
        }
        return tasks;
    }

    /** Per project and period ("id/number"), the reports handed in (submitted and not returned). */
    private Map<String, Set<ReportKind>> handedIn(List<UUID> projectIds) {
        Map<String, Set<ReportKind>> handedIn = new HashMap<>();
        em.createQuery("select r.projectId, r.periodNumber, r.kind, r.status from ProjectReport r"
                + " where r.projectId in :ids and r.periodNumber is not null", Object[].class)
                .setParameter("ids", projectIds).getResultList().stream()
                .filter(r -> ReminderRules.handedIn((ReportStatus) r[3]))
                .forEach(r -> handedIn.computeIfAbsent(r[0] + "/" + r[1], k -> EnumSet.noneOf(ReportKind.class))
                        .add((ReportKind) r[2]));
        return handedIn;
    }

    private static TaskView report(TaskKind kind, Object[] row, String section, TaskView.Reason reason, Instant since,
            LocalDate due, LocalDate today) {
        return task(kind, RecordType.REPORT, (UUID) row[0], (String) row[4], TaskLinks.report((UUID) row[0], section),
                unit(row, 5), reason, since, due, List.of(), today);
    }
}
