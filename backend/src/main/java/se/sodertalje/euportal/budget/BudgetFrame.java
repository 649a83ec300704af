package se.sodertalje.euportal.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSet;
import se.sodertalje.euportal.programme.RuleSetRules;

/** What a budget is checked against: the call's rules, the partnership and the project's periods. */
record BudgetFrame(RuleSet rules, Set<UUID> partnership, int periods) {

    List<BudgetViolation> check(BudgetContent content) {
        return check(content, BudgetCalculator.summarise(content, periods));
    }

    List<BudgetViolation> check(BudgetContent content, BudgetSummary summary) {
        List<BudgetViolation> violations = new ArrayList<>();
        if (periods == 0) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_011, "periods", null,
                    "give the application its project period first: the budget's periods follow it"));
        }
        violations.addAll(BudgetValidator.check(content, summary, rules, partnership, periods));
        return violations;
    }

    static BudgetFrame of(Application application) {
        if (application.callId == null) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_013, "Name the application's call first: its rules decide the budget");
        }
        FundingCall call = FundingCall.findById(application.callId);
        Programme programme = Programme.findById(call.programmeId);
        Set<UUID> partnership = new HashSet<>();
        ApplicationPartner.<ApplicationPartner>list("applicationId", application.id)
                .forEach(p -> partnership.add(p.organisationId));
        return of(application, RuleSetRules.effective(call.rules, programme.rules), partnership);
    }

    /** The frame from what the caller read already (the call's effective rules, the partner organisations). */
    static BudgetFrame of(Application application, RuleSet rules, Set<UUID> partnership) {
        return new BudgetFrame(rules, partnership, ReportingPeriods.count(application.periodStart, application.periodEnd,
                rules.reportingPeriodMonths()));
    }

    /** Never saved half-valid: every violation, each with its rule's code; the first names the problem. */
    static void refuse(List<BudgetViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ApiProblem(400, ProblemCode.of(violations.get(0).code()), "Budget rules broken", violations.size()
                    + " rule(s) broken; nothing was saved", violations.stream()
                    .map(v -> new FieldError(v.field(), v.message(), v.code(), v.params())).toList());
        }
    }
}
