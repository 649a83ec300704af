package se.sodertalje.euportal.report;

import static se.sodertalje.euportal.report.ReportStatus.ACCEPTED;
import static se.sodertalje.euportal.report.ReportStatus.DRAFT;
import static se.sodertalje.euportal.report.ReportStatus.RETURNED;
import static se.sodertalje.euportal.report.ReportStatus.SENT_TO_FUNDER;
import static se.sodertalje.euportal.report.ReportStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.workflow.WorkflowTable;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.security.Roles;

/**
 * A report's lifecycle: the unit (its applicants and coordinator) submits; an advisor of the
 * International Office returns it with a comment or accepts it, and records when it was sent to the
 * funder; an advisor may reopen an accepted or sent report, saying why (its frozen rate stays).
 */
public final class ReportWorkflow {

    private static final WorkflowTable<ReportAction, ReportStatus> TABLE = new WorkflowTable<>("a report",
            ProblemCode.REPORT_007, ProblemCode.REPORT_008, List.of(
            step(ReportAction.SUBMIT, Roles.APPLICANT, EnumSet.of(DRAFT, RETURNED), SUBMITTED),
            step(ReportAction.SUBMIT, Roles.COORDINATOR, EnumSet.of(DRAFT, RETURNED), SUBMITTED),
            step(ReportAction.SUBMIT, Roles.ADVISOR, EnumSet.of(DRAFT, RETURNED), SUBMITTED),
            step(ReportAction.RETURN, Roles.ADVISOR, EnumSet.of(SUBMITTED), RETURNED),
            step(ReportAction.ACCEPT, Roles.ADVISOR, EnumSet.of(SUBMITTED), ACCEPTED),
            step(ReportAction.SEND_TO_FUNDER, Roles.ADVISOR, EnumSet.of(ACCEPTED), SENT_TO_FUNDER),
            step(ReportAction.REOPEN, Roles.ADVISOR, EnumSet.of(ACCEPTED, SENT_TO_FUNDER), DRAFT)));

    /** Steps that must say why. */
    static final Set<ReportAction> NEED_COMMENT = EnumSet.of(ReportAction.RETURN, ReportAction.REOPEN);

    private ReportWorkflow() {
    }

    private static Step<ReportAction, ReportStatus> step(ReportAction action, String role, Set<ReportStatus> from,
            ReportStatus to) {
        return new Step<>(action, role, from, to);
    }

    /** Refuses a step the caller may not take now (403 REPORT-007, 409 REPORT-008). */
    public static void require(ReportStatus from, ReportAction action, Set<String> roles) {
        TABLE.require(from, action, roles);
    }

    public static ReportStatus target(ReportAction action) {
        return TABLE.target(action);
    }

    /** Who may take which step from the state (for the readiness view: the next steps and their roles). */
    public static List<Step<ReportAction, ReportStatus>> stepsFrom(ReportStatus from) {
        return TABLE.stepsFrom(from);
    }

    public static List<ReportAction> allowedActions(ReportStatus from, Set<String> roles) {
        return TABLE.allowedActions(from, roles);
    }

    /** The unit (and advisors helping it) edit a report while it is a draft or returned to them. */
    public static boolean isEditable(ReportStatus status) {
        return status == DRAFT || status == RETURNED;
    }
}
