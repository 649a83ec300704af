package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectService;

/** A project's reporting periods, their deadlines (advisors move them) and what is due next. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    ProjectService projects;

    @Inject
    EntityManager em;

    /** One reporting period, with the version moving its deadline needs (If-Match). */
    public PeriodView period(UUID projectId, int number) {
        return schedule(projectId).periods().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Period " + number + " of project " + projectId));
    }

    public ScheduleView schedule(UUID projectId) {
        Project project = projects.reachable(projectId);
        Map<String, ProjectReport> reports = new HashMap<>();
        ProjectReport finalReport = null;
        for (ProjectReport report : ProjectReport.<ProjectReport>list("projectId", project.id)) {
            if (report.kind == ReportKind.FINAL) {
                finalReport = report;
            } else {
                reports.put(report.kind + "/" + report.periodNumber, report);
            }
        }
        List<PeriodView> periods = ProjectPeriod.<ProjectPeriod>list("projectId = ?1 order by number", project.id).stream()
                .map(p -> {
                    ProjectReport progress = reports.get(ReportKind.PROGRESS + "/" + p.number);
                    ProjectReport financial = reports.get(ReportKind.FINANCIAL + "/" + p.number);
                    return new PeriodView(p.number, p.startsOn, p.endsOn, p.reportDue, ReportRef.of(progress),
                            ReportRef.of(financial), !ReportRef.handedIn(progress) || !ReportRef.handedIn(financial),
                            p.version);
                }).toList();
        PeriodView next = periods.stream().filter(PeriodView::outstanding).findFirst().orElse(null);
        return new ScheduleView(periods, next, ReportRef.of(finalReport),
                periods.isEmpty() ? null : periods.get(periods.size() - 1).reportDue());
    }

    @Transactional
    public ScheduleView moveDeadline(UUID projectId, int number, String ifMatch, DeadlineRequest request) {
        Project project = projects.writable(projectId);
        ProjectPeriod period = ProjectPeriod.<ProjectPeriod>find("projectId = ?1 and number = ?2", project.id, number)
                .firstResultOptional().orElseThrow(() -> ApiProblem.notFound("Period " + number + " of project " + projectId));
        ETags.requireMatch(ifMatch, period.version);
        if (request.reportDue().isBefore(period.endsOn)) {
            throw ApiProblem.invalid("reportDue", "a period is reported after it ends (" + period.endsOn + ")",
                    ProblemCode.REPORT_012);
        }
        period.reportDue = request.reportDue();
        em.flush();
        return schedule(projectId);
    }
}
