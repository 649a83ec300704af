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
import se.sodertalje.euportal.security.Roles;

/**
 * The application lifecycle as a table: for each action, which role may take it from which
 * states, and where it leads. An applicant drafts; the unit's coordinator approves for the unit;
 * an advisor reviews and returns or clears; submission and the funder's decision are recorded.
 */
public final class ApplicationWorkflow {

    /** One row of the table: {@code role} may take {@code action} from {@code from}, leading to {@code to}. */
    record Step(TransitionAction action, String role, Set<ApplicationStatus> from, ApplicationStatus to) {
    }

    /** What the workflow says of an action asked by a caller in a state. */
    public enum Verdict {
        ALLOWED, FORBIDDEN_FOR_ROLE, NOT_FROM_STATE
    }

    private static final Set<ApplicationStatus> OPEN = EnumSet.of(DRAFT, UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT, SUBMITTED);

    static final List<Step> STEPS = List.of(
            new Step(TransitionAction.APPROVE_FOR_UNIT, Roles.COORDINATOR, EnumSet.of(DRAFT), UNIT_APPROVED),
            new Step(TransitionAction.RETURN_FOR_CHANGES, Roles.COORDINATOR, EnumSet.of(UNIT_APPROVED), DRAFT),
            new Step(TransitionAction.RETURN_FOR_CHANGES, Roles.ADVISOR, EnumSet.of(UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT),
                    DRAFT),
            new Step(TransitionAction.START_REVIEW, Roles.ADVISOR, EnumSet.of(UNIT_APPROVED), IN_REVIEW),
            new Step(TransitionAction.CLEAR_FOR_SUBMISSION, Roles.ADVISOR, EnumSet.of(IN_REVIEW), READY_TO_SUBMIT),
            new Step(TransitionAction.SUBMIT, Roles.COORDINATOR, EnumSet.of(READY_TO_SUBMIT), SUBMITTED),
            new Step(TransitionAction.SUBMIT, Roles.ADVISOR, EnumSet.of(READY_TO_SUBMIT), SUBMITTED),
            new Step(TransitionAction.RECORD_GRANT, Roles.ADVISOR, EnumSet.of(SUBMITTED), GRANTED),
            new Step(TransitionAction.RECORD_REJECTION, Roles.ADVISOR, EnumSet.of(SUBMITTED), REJECTED),
            new Step(TransitionAction.WITHDRAW, Roles.COORDINATOR, OPEN, WITHDRAWN),
            new Step(TransitionAction.WITHDRAW, Roles.ADVISOR, OPEN, WITHDRAWN));

    /** Actions that must say why. */
    static final Set<TransitionAction> NEED_COMMENT = EnumSet.of(TransitionAction.RETURN_FOR_CHANGES, TransitionAction.WITHDRAW);

    private ApplicationWorkflow() {
    }

    /** 403 when none of the caller's roles may ever take the action from here; 409 when nobody may. */
    public static Verdict judge(ApplicationStatus from, TransitionAction action, Set<String> roles) {
        boolean anyoneFromHere = STEPS.stream().anyMatch(s -> s.action() == action && s.from().contains(from));
        if (!anyoneFromHere) {
            return STEPS.stream().anyMatch(s -> s.action() == action && roles.contains(s.role()))
                    ? Verdict.NOT_FROM_STATE : Verdict.FORBIDDEN_FOR_ROLE;
        }
        boolean callerFromHere = STEPS.stream()
                .anyMatch(s -> s.action() == action && s.from().contains(from) && roles.contains(s.role()));
        return callerFromHere ? Verdict.ALLOWED : Verdict.FORBIDDEN_FOR_ROLE;
    }

    public static ApplicationStatus target(TransitionAction action) {
        return STEPS.stream().filter(s -> s.action() == action).findFirst().orElseThrow().to();
    }

    /** The actions the caller may take now, for the client to offer. */
    public static List<TransitionAction> allowedActions(ApplicationStatus from, Set<String> roles) {
        return STEPS.stream().filter(s -> s.from().contains(from) && roles.contains(s.role()))
                .map(Step::action).distinct().toList();
    }

    /** Content can change only while the application is a draft. */
    public static boolean isEditable(ApplicationStatus status) {
        return status == DRAFT;
    }
}
