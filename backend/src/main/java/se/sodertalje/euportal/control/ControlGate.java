package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;
import se.sodertalje.euportal.report.ClaimControl;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportKind;

/**
 * Where control sits in a financial report's flow: submitted → control → accepted → sent. While a
 * control runs the report is the controller's (no return, no acceptance: the unit cannot change it
 * under them); a project with an appointed controller is accepted only after a closed control; and
 * the person who closed the control never sends the claim (four eyes). The reports ask it through
 * {@link ClaimControl}.
 */
@ApplicationScoped
public class ControlGate implements ClaimControl {

    @Inject
    ControlledClaims controlled;

    @Override
    public void check(ProjectReport report, ReportAction action, String callerSubject) {
        if (report.kind != ReportKind.FINANCIAL) {
            return;
        }
        Optional<ReportControl> control = ReportControl.find("reportId", report.id).firstResultOptional();
        boolean running = control.map(c -> c.status == ControlStatus.RUNNING).orElse(false);
        switch (action) {
            case RETURN, ACCEPT -> {
                if (running) {
                    throw ApiProblem.conflict(ProblemCode.CONTROL_010, "The report is in control; it can be returned or accepted "
                            + "once the control is closed");
                }
                if (action == ReportAction.ACCEPT && control.isEmpty()
                        && ProjectController.count("projectId", report.projectId) > 0) {
                    throw ApiProblem.conflict(ProblemCode.CONTROL_011, "The project has an appointed controller: the claim is "
                            + "accepted after its control is closed");
                }
            }
            case SEND_TO_FUNDER -> {
                if (control.map(c -> callerSubject.equals(c.closedBySubject)).orElse(false)) {
                    throw new ApiProblem(403, ProblemCode.CONTROL_012, "Forbidden", "You closed the control of this claim; "
                            + "another person sends it to the funder", null);
                }
            }
            default -> {
            }
        }
    }

    /** Control comes between submission and acceptance (issue 19): the readiness says so before the advisor tries. */
    @Override
    public List<ReadinessItem> beforeAcceptance(ProjectReport report) {
        if (report.kind != ReportKind.FINANCIAL) {
            return List.of();
        }
        ReportControl control = ReportControl.find("reportId", report.id).firstResult();
        if (control != null && control.status == ControlStatus.RUNNING) {
            return List.of(ReadinessItem.blocking(ProblemCode.CONTROL_010, "control", Section.EXPENDITURE,
                    "the claim is in control; it is accepted once the control is closed"));
        } else if (control == null && ProjectController.count("projectId", report.projectId) > 0) {
            return List.of(ReadinessItem.blocking(ProblemCode.CONTROL_011, "control", Section.EXPENDITURE,
                    "the project's controller controls the claim before it is accepted"));
        }
        return List.of();
    }

    @Override
    public List<ClaimLine> lines(ProjectReport report, Currency corrections) {
        return controlled.lines(report, corrections);
    }
}
