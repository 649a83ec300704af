package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportKind;

/**
 * Where control sits in a financial report's flow: submitted → control → accepted → sent. While a
 * control runs the report is the controller's (no return, no acceptance: the unit cannot change it
 * under them); a project with an appointed controller is accepted only after a closed control; and
 * the person who closed the control never sends the claim (four eyes).
 */
@ApplicationScoped
public class ControlGate {

    public void check(ProjectReport report, ReportAction action, String callerSubject) {
        if (report.kind != ReportKind.FINANCIAL) {
            return;
        }
        Optional<ReportControl> control = ReportControl.find("reportId", report.id).firstResultOptional();
        boolean running = control.map(c -> c.status == ControlStatus.RUNNING).orElse(false);
        switch (action) {
            case RETURN, ACCEPT -> {
                if (running) {
                    throw ApiProblem.conflict("CONTROL-010", "The report is in control; it can be returned or accepted "
                            + "once the control is closed");
                }
                if (action == ReportAction.ACCEPT && control.isEmpty()
                        && ProjectController.count("projectId", report.projectId) > 0) {
                    throw ApiProblem.conflict("CONTROL-011", "The project has an appointed controller: the claim is "
                            + "accepted after its control is closed");
                }
            }
            case SEND_TO_FUNDER -> {
                if (control.map(c -> callerSubject.equals(c.closedBySubject)).orElse(false)) {
                    throw new ApiProblem(403, "CONTROL-012", "Forbidden", "You closed the control of this claim; "
                            + "another person sends it to the funder", null);
                }
            }
            default -> {
            }
        }
    }
}
