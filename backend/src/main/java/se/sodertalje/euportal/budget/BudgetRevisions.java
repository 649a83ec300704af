package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * Budget change requests after the grant (issue 13): the unit proposes a revision, frozen as a REVISED
 * version with its request PROPOSED; an advisor approves or rejects it once, with a comment. Until it is
 * approved, the version claims are measured against stays the one before ({@link BudgetVersion#lastCounting}).
 */
@ApplicationScoped
public class BudgetRevisions {

    @Inject
    BudgetVersions versions;

    @Inject
    ProjectOfBudget project;

    @Inject
    RevisionNotices notices;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * A change request: valid against the call's rules, its EU share within the grant, the project neither
     * closed nor archived, and no other request open.
     */
    @Transactional
    public VersionView propose(UUID budgetId, String reason, BudgetContent content) {
        LineShape.require(content);
        Budget budget = versions.reachable(budgetId);
        // One proposal at a time per budget: a second, concurrent one waits here and then finds the first open.
        em.lock(budget, LockModeType.PESSIMISTIC_WRITE);
        Application application = Application.findById(budget.applicationId);
        if (application.status != ApplicationStatus.GRANTED) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_016, "A budget is revised after the grant; this application is "
                    + application.status);
        }
        RevisionRules.projectOpen(project.closedAs(application.id));
        RevisionRules.noneOpen(open(budgetId));
        BudgetFrame frame = BudgetFrame.of(application);
        BudgetSummary summary = BudgetCalculator.summarise(content, frame.periods());
        List<BudgetViolation> violations = new ArrayList<>(frame.check(content, summary));
        violations.addAll(RevisionRules.withinGrant(summary.euShare(), application.grantedAmount));
        BudgetFrame.refuse(violations);

        BudgetVersion version = versions.frozen(budget, VersionKind.REVISED, reason, content);
        BudgetRevision request = new BudgetRevision();
        request.versionId = version.id;
        request.budgetId = budget.id;
        request.state = RevisionState.PROPOSED;
        request.persist();
        em.flush();
        notices.proposed(application, version.number);
        return versions.view(version, summary);
    }

    /**
     * An advisor's decision on the request of version {@code number}: once (409 BUDGET-021 after that), on
     * the request's current version (If-Match), while the project is open; an approval checks the grant again.
     */
    @Transactional
    public VersionView decide(UUID budgetId, int number, RevisionOutcome outcome, String comment, String ifMatch) {
        Budget budget = versions.reachable(budgetId);
        BudgetVersion version = BudgetVersions.versionOf(budget, number);
        // Two advisors deciding at once: the second waits for the first's commit and then finds it decided.
        BudgetRevision request = em.find(BudgetRevision.class, version.id, LockModeType.PESSIMISTIC_WRITE);
        RevisionRules.undecided(request, number);
        RevisionRules.notOwn(version.createdBySubject, user.subject());
        ETags.requireMatch(ifMatch, request.version);
        Application application = Application.findById(budget.applicationId);
        RevisionRules.projectOpen(project.closedAs(application.id));
        BudgetSummary summary = BudgetCalculator.summarise(version.content, BudgetFrame.of(application).periods());
        if (outcome == RevisionOutcome.APPROVED) {
            BudgetFrame.refuse(RevisionRules.withinGrant(summary.euShare(), application.grantedAmount));
        }
        request.state = outcome.state();
        request.decisionComment = comment;
        request.decidedBySubject = user.subject();
        request.decidedByName = user.displayName();
        request.decidedAt = clock.instant();
        em.flush();
        notices.decided(application, version, outcome, comment);
        return versions.view(version, summary);
    }

    private static BudgetRevision open(UUID budgetId) {
        return BudgetRevision.find("budgetId = ?1 and state = ?2", budgetId, RevisionState.PROPOSED).firstResult();
    }
}
