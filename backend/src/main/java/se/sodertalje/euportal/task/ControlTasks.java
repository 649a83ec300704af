package se.sodertalje.euportal.task;

import static se.sodertalje.euportal.task.Tasks.reason;
import static se.sodertalje.euportal.task.Tasks.task;
import static se.sodertalje.euportal.task.Tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.control.ControlStatus;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.task.TaskView.RecordType;

/**
 * Control work (issue 19): claims the unit submitted whose control is not closed, for their
 * appointed controllers and, where a project has none, for the advisors who do the pre-check; and
 * the controllers' requests for clarification the unit has not answered.
 */
@ApplicationScoped
class ControlTasks {

    /** Columns 0-7: the report, its project and the project's unit; 8 the control's status; 9 since. */
    private static final String SELECT = "select r.id, r.kind, r.periodNumber, p.id, p.title, u.id, u.code, u.name,"
            + " c.status, coalesce(c.startedAt, (select max(t.at) from ReportTransition t where t.reportId = r.id"
            + " and t.action = :submit))"
            + " from ProjectReport r join Project p on p.id = r.projectId join Unit u on u.id = p.unitId"
            + " left join ReportControl c on c.reportId = r.id"
            + " where r.kind = :financial and r.status = :submitted and (c.id is null or c.status = :running)";

    @Inject
    EntityManager em;

    /** For a controller: the claims of the projects they are appointed to. */
    List<TaskView> forController(String subject, LocalDate today) {
        return rows(em.createQuery(SELECT + " and exists (select 1 from ProjectController pc where pc.projectId = p.id"
                + " and pc.controllerSubject = :me)", Object[].class).setParameter("me", subject), today);
    }

    /** For advisors: the claims of projects without an appointed controller (the office's pre-check). */
    List<TaskView> forAdvisors(LocalDate today) {
        return rows(em.createQuery(SELECT + " and not exists (select 1 from ProjectController pc where pc.projectId = p.id)",
                Object[].class), today);
    }

    private static List<TaskView> rows(jakarta.persistence.TypedQuery<Object[]> query, LocalDate today) {
        return query.setParameter("submit", ReportAction.SUBMIT).setParameter("financial", ReportKind.FINANCIAL)
                .setParameter("submitted", ReportStatus.SUBMITTED).setParameter("running", ControlStatus.RUNNING)
                .getResultList().stream().map(row -> task(TaskKind.CONTROL_TO_DO, RecordType.REPORT, (UUID) row[0],
                        (String) row[4], TaskLinks.report((UUID) row[0], "control-title"), unit(row, 5),
                        reason(row[8] == null ? "CONTROL_NOT_STARTED" : "CONTROL_RUNNING", "period", row[2]),
                        (Instant) row[9], null, List.of(), today)).toList();
    }

    /** The unit's unanswered clarification requests of running controls, due on their date. */
    List<TaskView> clarifications(TaskScope scope, LocalDate today) {
        List<Object[]> rows = scope.bind(em.createQuery("select r.id, r.kind, r.periodNumber, p.id, p.title, u.id, u.code,"
                + " u.name, q.id, q.question, q.askedAt, q.dueOn, q.askedByName"
                + " from ControlClarification q join ReportControl c on c.id = q.controlId"
                + " join ProjectReport r on r.id = c.reportId join Project p on p.id = r.projectId"
                + " join Application a on a.id = p.applicationId join Unit u on u.id = p.unitId"
                + " where q.answer is null and c.status = :running" + scope.onApplication("a"), Object[].class))
                .setParameter("running", ControlStatus.RUNNING).getResultList();
        return rows.stream().map(row -> {
            String question = (String) row[9];
            // One task per claim and due day, however many questions: the link opens the control's requests.
            return task(TaskKind.CLARIFICATION_REQUESTED, RecordType.REPORT, (UUID) row[0], (String) row[4],
                    TaskLinks.report((UUID) row[0], "clarifications-title"), unit(row, 5),
                    reason("CLARIFICATION", "period", row[2], "by", row[12], "question",
                            question.length() > 200 ? question.substring(0, 200) + "…" : question),
                    (Instant) row[10], (LocalDate) row[11], List.of(), today);
        }).toList();
    }
}
