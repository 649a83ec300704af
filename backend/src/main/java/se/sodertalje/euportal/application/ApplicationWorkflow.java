package se.sodertalje.euportal.application;

import static se.sodertalje.euportal.application.ApplicationStatus.DRAFT;
import static se.sodertalje.euportal.application.ApplicationStatus.GRANTED;
import static se.sodertalje.euportal.application.ApplicationStatus.IN_REVIEW;
import static se.sodertalje.euportal.application.ApplicationStatus.READY_TO_SUBMIT;
import static se.sodertalje.euportal.application.ApplicationStatus.REJECTED;
import static se.sodertalje.euportal.application.ApplicationStatus.SUBMITTED;
import static se.sodertalje.euportal.application.ApplicationStatus.UNIT_APPROVED;
import static se.sodertalje.euportal.application.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.workflow.WorkflowTable;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Verdict;
import se.sodertalje.euportal.security.Roles;

/**
 * The application lifecycle as a table: for each action, which role may take it from which
 * states, and where it leads. An applicant drafts; the unit's coordinator approves for the unit;
 * an advisor reviews and returns or clears; submission and the funder's decision are recorded.
 */
public final class ApplicationWorkflow {

    private static final Set<ApplicationStatus> OPEN = EnumSet.of(DRAFT, UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT, SUBMITTED);

    private static final WorkflowTable<TransitionAction, ApplicationStatus> TABLE = new WorkflowTable<>("an application",
            ProblemCode.APPLICATION_003, ProblemCode.APPLICATION_001, List.of(
            step(TransitionAction.APPROVE_FOR_UNIT, Roles.COORDINATOR, EnumSet.of(DRAFT), UNIT_APPROVED),
            step(TransitionAction.RETURN_FOR_CHANGES, Roles.COORDINATOR, EnumSet.of(UNIT_APPROVED), DRAFT),
            step(TransitionAction.RETURN_FOR_CHANGES, Roles.ADVISOR, EnumSet.of(UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT),
                    DRAFT),
            step(TransitionAction.START_REVIEW, Roles.ADVISOR, EnumSet.of(UNIT_APPROVED), IN_REVIEW),
            step(TransitionAction.CLEAR_FOR_SUBMISSION, Roles.ADVISOR, EnumSet.of(IN_REVIEW), READY_TO_SUBMIT),
            step(TransitionAction.SUBMIT, Roles.COORDINATOR, EnumSet.of(READY_TO_SUBMIT), SUBMITTED),
            step(TransitionAction.SUBMIT, Roles.ADVISOR, EnumSet.of(READY_TO_SUBMIT), SUBMITTED),
            step(TransitionAction.RECORD_GRANT, Roles.ADVISOR, EnumSet.of(SUBMITTED), GRANTED),
            step(TransitionAction.RECORD_REJECTION, Roles.ADVISOR, EnumSet.of(SUBMITTED), REJECTED),
            step(TransitionAction.WITHDRAW, Roles.COORDINATOR, OPEN, WITHDRAWN),
            step(TransitionAction.WITHDRAW, Roles.ADVISOR, OPEN, WITHDRAWN)));

    /** Actions that must say why. */
    static final Set<TransitionAction> NEED_COMMENT = EnumSet.of(TransitionAction.RETURN_FOR_CHANGES, TransitionAction.WITHDRAW);

    private ApplicationWorkflow() {
    }

    private static Step<TransitionAction, ApplicationStatus> step(TransitionAction action, String role,
            Set<ApplicationStatus> from, ApplicationStatus to) {
        return new Step<>(action, role, from, to);
    }

    /** 403 when none of the caller's roles may ever take the action from here; 409 when nobody may. */
    public static Verdict judge(ApplicationStatus from, TransitionAction action, Set<String> roles) {
        return TABLE.judge(from, action, roles);
    }

    /** Refuses a step the caller may not take now (403 APPLICATION-003, 409 APPLICATION-001). */
    public static void require(ApplicationStatus from, TransitionAction action, Set<String> roles) {
        TABLE.require(from, action, roles);
    }

    public static ApplicationStatus target(TransitionAction action) {
        return TABLE.target(action);
    }

    /** The actions the caller may take now, for the client to offer. */
    /** Who may take which step from the state (for the readiness view: the next steps and their roles). */
    public static List<Step<TransitionAction, ApplicationStatus>> stepsFrom(ApplicationStatus from) {
        return TABLE.stepsFrom(from);
    }

    public static List<TransitionAction> allowedActions(ApplicationStatus from, Set<String> roles) {
        return TABLE.allowedActions(from, roles);
    }

    /** Content can change only while the application is a draft. */
    public static boolean isEditable(ApplicationStatus status) {
        return status == DRAFT;
    }
}
