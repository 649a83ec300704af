package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * A budget's versions: frozen from the draft on submission and grant ({@link BudgetFreezing}),
 * adjusted to the grant afterwards, listed and compared; change requests are {@link BudgetRevisions}.
 */
@ApplicationScoped
public class BudgetVersions {

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ProjectOfBudget project;

    public List<VersionView> versions(UUID budgetId) {
        Budget budget = reachable(budgetId);
        BudgetFrame frame = BudgetFrame.of(Application.findById(budget.applicationId));
        Map<UUID, BudgetRevision> requests = new HashMap<>();
        BudgetRevision.<BudgetRevision>list("budgetId", budgetId).forEach(r -> requests.put(r.versionId, r));
        BudgetVersion baseline = BudgetVersion.lastCounting(budgetId);
        return BudgetVersion.<BudgetVersion>list("budgetId = ?1 order by number", budgetId).stream()
                .map(v -> versionView(v, BudgetCalculator.summarise(v.content, frame.periods()), requests.get(v.id),
                        baseline != null && baseline.id.equals(v.id))).toList();
    }

    public VersionDetail version(UUID budgetId, int number) {
        Budget budget = reachable(budgetId);
        BudgetVersion version = versionOf(budget, number);
        BudgetSummary summary = BudgetCalculator.summarise(version.content,
                BudgetFrame.of(Application.findById(budget.applicationId)).periods());
        return new VersionDetail(view(version, summary), version.content, summary);
    }

    /** @param from and @param to version numbers, 0 for the draft */
    public BudgetComparison compare(UUID budgetId, int from, int to) {
        Budget budget = reachable(budgetId);
        int periods = BudgetFrame.of(Application.findById(budget.applicationId)).periods();
        return BudgetDiff.compare(from, contentOf(budget, from), to, contentOf(budget, to), periods);
    }

    /** The granted version adjusted so that its EU share is the amount the funder granted. */
    @Transactional
    public VersionView adjustToGrant(UUID budgetId, BudgetContent content) {
        LineShape.require(content);
        Budget budget = reachable(budgetId);
        Application application = Application.findById(budget.applicationId);
        if (application.status != ApplicationStatus.GRANTED) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_016, "Only a granted application's budget is adjusted to the grant");
        }
        // A later granted version would outrank a request approved afterwards: the open request is decided first.
        RevisionRules.projectOpen(project.closedAs(application.id));
        RevisionRules.noneOpen(BudgetRevision.find("budgetId = ?1 and state = ?2", budget.id, RevisionState.PROPOSED)
                .firstResult());
        BudgetFrame frame = BudgetFrame.of(application);
        List<BudgetViolation> violations = new ArrayList<>(frame.check(content));
        BudgetSummary summary = BudgetCalculator.summarise(content, frame.periods());
        if (summary.euShare().compareTo(application.grantedAmount) != 0) {
            violations.add(new BudgetViolation(ProblemCode.BUDGET_014, "partners", null, "the EU share comes to "
                    + summary.euShare().toPlainString() + "; the funder granted " + application.grantedAmount.toPlainString(),
                    Map.of("euShare", summary.euShare(), "granted", application.grantedAmount)));
        }
        BudgetFrame.refuse(violations);
        return freeze(budget, VersionKind.GRANTED, null, content);
    }

    /** With the application's submission or grant: the draft (or the last version) frozen. */
    public void freezeOn(Application application, VersionKind kind) {
        Budget budget = Budget.find("applicationId", application.id).firstResult();
        if (budget == null) {
            return;
        }
        BudgetVersion last = BudgetVersion.lastCounting(budget.id);
        freeze(budget, kind, null, kind == VersionKind.SUBMITTED || last == null ? budget.content : last.content);
    }

    private VersionView freeze(Budget budget, VersionKind kind, String reason, BudgetContent content) {
        BudgetVersion version = frozen(budget, kind, reason, content);
        Application application = Application.findById(budget.applicationId);
        return view(version, BudgetCalculator.summarise(content, BudgetFrame.of(application).periods()));
    }

    /** A new version of the budget, numbered after the last. */
    BudgetVersion frozen(Budget budget, VersionKind kind, String reason, BudgetContent content) {
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
        return version;
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

    static BudgetVersion versionOf(Budget budget, int number) {
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

    /** One version's view with its request and whether it is the baseline (read for this one version). */
    VersionView view(BudgetVersion v, BudgetSummary summary) {
        BudgetVersion baseline = BudgetVersion.lastCounting(v.budgetId);
        return versionView(v, summary, BudgetRevision.findById(v.id), baseline != null && baseline.id.equals(v.id));
    }

    private static VersionView versionView(BudgetVersion v, BudgetSummary summary, BudgetRevision request,
            boolean baseline) {
        return new VersionView(v.number, v.kind, v.reason, new Actor(v.createdBySubject, v.createdByName), v.createdAt,
                summary.total(), summary.euShare(), RevisionView.of(request), baseline);
    }
}
