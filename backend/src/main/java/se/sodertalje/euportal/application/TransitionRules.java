package se.sodertalje.euportal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * What each step must record: why it returns or withdraws, the funder's reference, the decision.
 * What the application itself must have is its checklist's ({@code readiness.ApplicationChecklist}).
 */
public final class TransitionRules {

    private TransitionRules() {
    }

    public static List<FieldError> check(Application application, TransitionRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (ApplicationWorkflow.NEED_COMMENT.contains(request.action()) && blank(request.comment())) {
            errors.add(new FieldError("comment", "say why", ProblemCode.REQUIRED));
        }
        switch (request.action()) {
            case SUBMIT -> {
                if (blank(request.funderReference())) {
                    errors.add(new FieldError("funderReference", "record the funder's reference", ProblemCode.REQUIRED));
                }
                if (request.submittedOn() == null) {
                    errors.add(new FieldError("submittedOn", "record the date of submission", ProblemCode.REQUIRED));
                } else if (request.submittedOn().isAfter(today)) {
                    errors.add(new FieldError("submittedOn", "must not be in the future", ProblemCode.PAST));
                }
            }
            case RECORD_GRANT, RECORD_REJECTION -> {
                if (request.action() == TransitionAction.RECORD_GRANT && request.grantedAmount() == null) {
                    errors.add(new FieldError("grantedAmount", "record the granted amount", ProblemCode.REQUIRED));
                }
                if (request.action() == TransitionAction.RECORD_REJECTION && blank(request.rejectionReason())) {
                    errors.add(new FieldError("rejectionReason", "record the funder's reason", ProblemCode.REQUIRED));
                }
                if (request.decisionOn() == null) {
                    errors.add(new FieldError("decisionOn", "record the date of the decision", ProblemCode.REQUIRED));
                } else if (application.submittedOn != null && request.decisionOn().isBefore(application.submittedOn)) {
                    errors.add(new FieldError("decisionOn", "must not be before the submission", ProblemCode.PERIOD));
                }
            }
            default -> {
            }
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
