package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.project.ProjectService;

/** Finds a report the caller may see (through its project), or change now. */
@ApplicationScoped
public class ReportAccess {

    @Inject
    ProjectService projects;

    /** The report, if the caller may reach its project's unit; 404 otherwise. */
    public ProjectReport reachable(UUID id) {
        ProjectReport report = ProjectReport.findById(id);
        if (report == null) {
            throw ApiProblem.notFound("Report " + id);
        }
        ApiProblem.asNotFound("Report " + id, () -> projects.reachable(report.projectId));
        return report;
    }

    /** The report, if its content may change now (409 REPORT-010 otherwise). */
    ProjectReport editable(UUID id) {
        ProjectReport report = reachable(id);
        projects.writable(report.projectId);
        if (!ReportWorkflow.isEditable(report.status)) {
            throw ApiProblem.conflict(ProblemCode.REPORT_010, "Only a draft or returned report can be changed; this one is "
                    + report.status);
        }
        return report;
    }
}
