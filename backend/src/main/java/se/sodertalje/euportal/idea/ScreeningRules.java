package se.sodertalje.euportal.idea;

import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The rules of an EU-funding screening (policy 2.d.iii) that tie its fields together. Existence of
 * the programmes and calls is checked by the service against the database.
 */
public final class ScreeningRules {

    private ScreeningRules() {
    }

    /** The field errors of a screening; empty when it may be recorded. */
    public static List<FieldError> check(ScreeningRequest screening) {
        List<FieldError> errors = new ArrayList<>();
        boolean investigated = Boolean.TRUE.equals(screening.investigated());
        boolean reasonGiven = screening.reason() != null && !screening.reason().isBlank();
        if (!investigated) {
            // Concluding "apply" presupposes that the possibilities were looked into.
            if (screening.outcome() == ScreeningOutcome.APPLY) {
                errors.add(new FieldError("outcome", "cannot be APPLY when EU funding was not investigated",
                        ProblemCode.NOT_INVESTIGATED));
            }
            if (!reasonGiven) {
                errors.add(new FieldError("reason", "must say why EU funding was not investigated", ProblemCode.REQUIRED));
            }
        } else if (!reasonGiven) {
            errors.add(new FieldError("reason", "must give the reason for the outcome", ProblemCode.REQUIRED));
        }
        // An application is made to a programme or a call: the screening must name at least one.
        if (screening.outcome() == ScreeningOutcome.APPLY
                && screening.programmeIdsOrEmpty().isEmpty() && screening.callIdsOrEmpty().isEmpty()) {
            errors.add(new FieldError("programmeIds", "name at least one programme or call to apply to",
                    ProblemCode.PROGRAMME_OR_CALL_REQUIRED));
        }
        return errors;
    }
}
