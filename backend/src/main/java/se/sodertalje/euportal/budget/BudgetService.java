package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationService;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSet;
import se.sodertalje.euportal.programme.RuleSetRules;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * An application's budget: the draft (saved only when valid, with If-Match), the versions frozen
 * from it on submission and decision, revisions, and comparisons.
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    private static final Set<String> CLAIM_CODES = Set.of("BUDGET-004", "BUDGET-005", "BUDGET-008");

    /** What a budget is checked against: the call's rules, the partnership and the project's periods. */
    record Frame(RuleSet rules, Set<UUID> partnership, int periods) {

        List<BudgetViolation> check(BudgetContent content) {
            return check(content, BudgetCalculator.summarise(content, periods));
        }

        List<BudgetViolation> check(BudgetContent content, BudgetSummary summary) {
            List<BudgetViolation> violations = new ArrayList<>();
            if (periods == 0) {
                violations.add(new BudgetViolation("BUDGET-011", "periods", null,
                        "give the application its project period first: the budget's periods follow it"));
            }
            violations.addAll(BudgetValidator.check(content, summary, rules, partnership, periods));
            return violations;
        }
    }

    public BudgetView get(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        return view(application, find(application), frame(application));
    }

    public BudgetPreview preview(UUID applicationId, BudgetContent content) {
        LineShape.require(content);
        Frame frame = frame(applications.reachable(applicationId));
        BudgetSummary summary = BudgetCalculator.summarise(content, frame.periods());
        return new BudgetPreview(frame.periods(), summary, frame.check(content, summary));
    }

    @Transactional
    public BudgetView create(UUID applicationId, BudgetContent content) {
        Application application = editable(applicationId);
        if (Budget.count("applicationId", applicationId) > 0) {
            throw ApiProblem.conflict("BUDGET-015", "The application has a budget already; change it with PUT");
        }
        Budget budget = new Budget();
        budget.applicationId = applicationId;
        Frame frame = save(budget, application, content);
        budget.persist();
        em.flush();
        return view(application, budget, frame);
    }

    @Transactional
    public BudgetView update(UUID applicationId, String ifMatch, BudgetContent content) {
        Application application = editable(applicationId);
        Budget budget = find(application);
        ETags.requireMatch(ifMatch, budget.version);
        Frame frame = save(budget, application, content);
        em.flush();
        return view(application, budget, frame);
    }

    public List<VersionView> versions(UUID budgetId) {
        Budget budget = reachable(budgetId);
        Frame frame = frame(Application.findById(budget.applicationId));
        return BudgetVersion.<BudgetVersion>list("budgetId = ?1 order by number", budgetId).stream()
                .map(v -> versionView(v, BudgetCalculator.summarise(v.content, frame.periods()))).toList();
    }

    public VersionDetail version(UUID budgetId, int number) {
        Budget budget = reachable(budgetId);
        BudgetVersion version = versionOf(budget, number);
        BudgetSummary summary = BudgetCalculator.summarise(version.content,
                frame(Application.findById(budget.applicationId)).periods());
        return new VersionDetail(versionView(version, summary), version.content, summary);
    }

    /** @param from and @param to version numbers, 0 for the draft */
    public BudgetComparison compare(UUID budgetId, int from, int to) {
        Budget budget = reachable(budgetId);
        int periods = frame(Application.findById(budget.applicationId)).periods();
        return BudgetDiff.compare(from, contentOf(budget, from), to, contentOf(budget, to), periods);
    }

    /** A change request after the grant: a new version with its reason, valid against the call's rules. */
    @Transactional
    public VersionView revise(UUID budgetId, String reason, BudgetContent content) {
        LineShape.require(content);
        Budget budget = reachable(budgetId);
        Application application = Application.findById(budget.applicationId);
        if (application.status != ApplicationStatus.GRANTED) {
            throw ApiProblem.conflict("BUDGET-016", "A budget is revised after the grant; this application is "
                    + application.status);
        }
        refuseViolations(frame(application).check(content));
        return freeze(budget, VersionKind.REVISED, reason, content);
    }

    /** The granted version adjusted so that its EU share is the amount the funder granted. */
    @Transactional
    public VersionView adjustToGrant(UUID budgetId, BudgetContent content) {
        LineShape.require(content);
        Budget budget = reachable(budgetId);
        Application application = Application.findById(budget.applicationId);
        if (application.status != ApplicationStatus.GRANTED) {
            throw ApiProblem.conflict("BUDGET-016", "Only a granted application's budget is adjusted to the grant");
        }
        Frame frame = frame(application);
        List<BudgetViolation> violations = new ArrayList<>(frame.check(content));
        BudgetSummary summary = BudgetCalculator.summarise(content, frame.periods());
        if (summary.euShare().compareTo(application.grantedAmount) != 0) {
            violations.add(new BudgetViolation("BUDGET-014", "partners", null, "the EU share comes to "
                    + summary.euShare().toPlainString() + "; the funder granted " + application.grantedAmount.toPlainString(),
                    Map.of("euShare", summary.euShare(), "granted", application.grantedAmount)));
        }
        refuseViolations(violations);
        return freeze(budget, VersionKind.GRANTED, null, content);
    }

    /**
     * What a project's claims are measured against: the budget's last frozen version (granted,
     * adjusted to the grant or revised), else its draft; null when the application has no budget.
     */
    public BudgetContent current(UUID applicationId) {
        Budget budget = Budget.find("applicationId", applicationId).firstResult();
        if (budget == null) {
            return null;
        }
        BudgetVersion last = BudgetVersion.find("budgetId = ?1 order by number desc", budget.id).firstResult();
        return last == null ? budget.content : last.content;
    }

    /**
     * The budget rules a claimed cost must meet (the same as a budget line's): its organisation in
     * the partnership with a plan (BUDGET-008), a category the call allows (BUDGET-005) and not one a
     * flat rate of its partner stands for (BUDGET-004).
     */
    public List<BudgetViolation> checkClaimedCost(Application application, BudgetContent budget, UUID partnerId,
            CostCategory category) {
        Frame frame = frame(application);
        BudgetLine line = new BudgetLine("claimed", partnerId, category, 1, LineKind.REAL_COST, budget.currency(), null,
                BigDecimal.ONE, null, null, null, null, null, null, null);
        List<PartnerPlan> plans = budget.partners().stream()
                .map(p -> new PartnerPlan(p.partnerId(), p.flatRates(), p.euRatePercent(), Map.of())).toList();
        return BudgetValidator.check(new BudgetContent(budget.currency(), budget.sekPerEur(), plans, List.of(line)),
                frame.rules(), frame.partnership(), 1).stream()
                .filter(v -> v.field().startsWith("lines[0]") && CLAIM_CODES.contains(v.code())).toList();
    }

    /** With the application's submission or grant: the draft (or the last version) frozen. */
    public void freezeOn(Application application, VersionKind kind) {
        Budget budget = Budget.find("applicationId", application.id).firstResult();
        if (budget == null) {
            return;
        }
        BudgetVersion last = BudgetVersion.find("budgetId = ?1 order by number desc", budget.id).firstResult();
        freeze(budget, kind, null, kind == VersionKind.SUBMITTED || last == null ? budget.content : last.content);
    }

    private VersionView freeze(Budget budget, VersionKind kind, String reason, BudgetContent content) {
        BudgetVersion version = new BudgetVersion();
        version.budgetId = budget.id;
        version.number = (int) BudgetVersion.count("budgetId", budget.id) + 1;
        version.kind = kind;
        version.reason = reason;
        version.content = content;
        version.createdBySubject = user.subject();
        version.createdByName = user.displayName();
        version.createdAt = clock.instant();
        version.persist();
        em.flush();
        Application application = Application.findById(budget.applicationId);
        return versionView(version, BudgetCalculator.summarise(content, frame(application).periods()));
    }

    private Frame save(Budget budget, Application application, BudgetContent content) {
        LineShape.require(content);
        Frame frame = frame(application);
        refuseViolations(frame.check(content));
        budget.content = content;
        budget.updatedBySubject = user.subject();
        budget.updatedByName = user.displayName();
        budget.updatedAt = clock.instant();
        return frame;
    }

    /** Never saved half-valid: every violation, each with its rule's code; the first names the problem. */
    private static void refuseViolations(List<BudgetViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ApiProblem(400, violations.get(0).code(), "Budget rules broken", violations.size()
                    + " rule(s) broken; nothing was saved", violations.stream()
                    .map(v -> new FieldError(v.field(), v.message(), v.code())).toList());
        }
    }

    static Frame frame(Application application) {
        if (application.callId == null) {
            throw ApiProblem.conflict("BUDGET-013", "Name the application's call first: its rules decide the budget");
        }
        FundingCall call = FundingCall.findById(application.callId);
        Programme programme = Programme.findById(call.programmeId);
        RuleSet rules = RuleSetRules.effective(call.rules, programme.rules);
        Set<UUID> partnership = new HashSet<>();
        ApplicationPartner.<ApplicationPartner>list("applicationId", application.id)
                .forEach(p -> partnership.add(p.organisationId));
        return new Frame(rules, partnership, ReportingPeriods.count(application.periodStart, application.periodEnd,
                rules.reportingPeriodMonths()));
    }

    private Application editable(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict("APPLICATION-002", "Only a draft's budget can be changed; this application is "
                    + application.status);
        }
        return application;
    }

    private static Budget find(Application application) {
        Budget budget = Budget.find("applicationId", application.id).firstResult();
        if (budget == null) {
            throw ApiProblem.notFound("A budget of application " + application.id);
        }
        return budget;
    }

    /** The budget, if the caller may reach its application; 404 otherwise. */
    public Budget reachable(UUID budgetId) {
        Budget budget = Budget.findById(budgetId);
        if (budget == null) {
            throw ApiProblem.notFound("Budget " + budgetId);
        }
        ApiProblem.asNotFound("Budget " + budgetId, () -> applications.reachable(budget.applicationId));
        return budget;
    }

    private static BudgetVersion versionOf(Budget budget, int number) {
        BudgetVersion version = BudgetVersion.find("budgetId = ?1 and number = ?2", budget.id, number).firstResult();
        if (version == null) {
            throw ApiProblem.notFound("Version " + number + " of budget " + budget.id);
        }
        return version;
    }

    /** A version's content; 0 is the draft. */
    BudgetContent contentOf(Budget budget, int number) {
        return number == 0 ? budget.content : versionOf(budget, number).content;
    }

    private BudgetView view(Application application, Budget budget, Frame frame) {
        BudgetSummary summary = BudgetCalculator.summarise(budget.content, frame.periods());
        return new BudgetView(budget.id, application.id, ApplicationWorkflow.isEditable(application.status),
                frame.periods(), frame.rules(), budget.content, summary, frame.check(budget.content, summary),
                new Actor(budget.updatedBySubject, budget.updatedByName), budget.updatedAt,
                budget.version);
    }

    private static VersionView versionView(BudgetVersion v, BudgetSummary summary) {
        return new VersionView(v.number, v.kind, v.reason, new Actor(v.createdBySubject, v.createdByName), v.createdAt,
                summary.total(), summary.euShare());
    }
}
