package se.sodertalje.euportal.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The rules of a budget change request after the grant (issue 13), apart from the call's own budget
 * rules: the funder's grant is the ceiling of the EU share, a closed or archived project takes no
 * change, one request is open at a time, a request is decided once, and never by the person who
 * proposed it (four eyes: an advisor may propose a change, another advisor decides it).
 */
final class RevisionRules {

    private RevisionRules() {
    }

    /**
     * BUDGET-018 when the revision's EU share is above the amount granted (equal is fine: a revision
     * moves money within the grant, it never asks for more). Compared to the cent, as the calculator
     * rounds the EU share.
     */
    static List<BudgetViolation> withinGrant(BigDecimal euShare, BigDecimal granted) {
        if (granted == null || euShare.compareTo(granted) <= 0) {
            return List.of();
        }
        return List.of(new BudgetViolation(ProblemCode.BUDGET_018, "partners", null, "the EU share comes to "
                + euShare.toPlainString() + ", above the " + granted.toPlainString() + " the funder granted",
                Map.of("euShare", euShare, "granted", granted, "excess", euShare.subtract(granted))));
    }

    /** 409 BUDGET-019 when the project is closed or archived. */
    static void projectOpen(Optional<String> closedAs) {
        closedAs.ifPresent(status -> {
            throw ApiProblem.conflict(ProblemCode.BUDGET_019, "The project is " + status
                    + ": its budget takes no change request or decision any more");
        });
    }

    /** 409 BUDGET-020 while another request of the budget waits for its decision. */
    static void noneOpen(BudgetRevision open) {
        if (open != null) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_020, "A change request of this budget awaits an advisor's decision;"
                    + " propose the next one after it is decided");
        }
    }

    /** 409 BUDGET-021 when the request is decided already; 409 BUDGET-022 when the version is no change request. */
    static void undecided(BudgetRevision request, int number) {
        if (request == null) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_022, "Version " + number + " is not a change request");
        }
        if (request.state != RevisionState.PROPOSED) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_021, "Version " + number + " was " + request.state
                    + " already; a decision is final");
        }
    }

    /** 409 BUDGET-023 when the decider proposed the request: four eyes on every change of a granted budget. */
    static void notOwn(String proposedBy, String decider) {
        if (proposedBy != null && proposedBy.equals(decider)) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_023, "You proposed this change request; another advisor decides it");
        }
    }
}
