package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * An application's budget draft: read, previewed, created and changed (saved only when valid, with
 * If-Match) while the application is a draft. The versions frozen from it are {@link BudgetVersions},
 * the submission check {@link BudgetCheck}, the claims' check {@link BudgetForClaims}.
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    BudgetDocuments documents;

    public BudgetView get(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        return view(application, find(application), BudgetFrame.of(application));
    }

    /**
     * The draft as the API writes it, gzip-compressed, with or without its lines: made again only when
     * the draft was saved, its frame changed or the application left the draft status since.
     */
    public BudgetDocuments.Document document(UUID applicationId, boolean lines) {
        Application application = applications.reachable(applicationId);
        BudgetFrame frame = BudgetFrame.of(application);
        // The version alone, not the document: the kept one is used when it was made from this version.
        List<Object[]> stamp = em.createQuery("select b.id, b.version from Budget b where b.applicationId = :id",
                Object[].class).setParameter("id", applicationId).getResultList();
        if (stamp.isEmpty()) {
            throw ApiProblem.notFound("A budget of application " + application.id);
        }
        return documents.document(new BudgetDocuments.Stamp((UUID) stamp.get(0)[0], (Long) stamp.get(0)[1], frame,
                ApplicationWorkflow.isEditable(application.status), lines), () -> view(application, find(application), frame));
    }

    public BudgetPreview preview(UUID applicationId, BudgetContent content) {
        LineShape.require(content);
        BudgetFrame frame = BudgetFrame.of(applications.reachable(applicationId));
        BudgetSummary summary = BudgetCalculator.summarise(content, frame.periods());
        return new BudgetPreview(frame.periods(), summary, frame.check(content, summary));
    }

    @Transactional
    public BudgetView create(UUID applicationId, BudgetContent content) {
        Application application = editable(applicationId);
        if (Budget.count("applicationId", applicationId) > 0) {
            throw ApiProblem.conflict(ProblemCode.BUDGET_015, "The application has a budget already; change it with PUT");
        }
        Budget budget = new Budget();
        budget.applicationId = applicationId;
        BudgetFrame frame = save(budget, application, content);
        budget.persist();
        em.flush();
        return view(application, budget, frame);
    }

    @Transactional
    public BudgetView update(UUID applicationId, String ifMatch, BudgetContent content) {
        Application application = editable(applicationId);
        Budget budget = find(application);
        ETags.requireMatch(ifMatch, budget.version);
        BudgetFrame frame = save(budget, application, content);
        em.flush();
        return view(application, budget, frame);
    }

    private BudgetFrame save(Budget budget, Application application, BudgetContent content) {
        LineShape.require(content);
        BudgetFrame frame = BudgetFrame.of(application);
        BudgetFrame.refuse(frame.check(content));
        budget.content = content;
        budget.updatedBySubject = user.subject();
        budget.updatedByName = user.displayName();
        budget.updatedAt = clock.instant();
        return frame;
    }

    private Application editable(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict(ProblemCode.APPLICATION_002, "Only a draft's budget can be changed; this application is "
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

    private BudgetView view(Application application, Budget budget, BudgetFrame frame) {
        BudgetSummary summary = BudgetCalculator.summarise(budget.content, frame.periods());
        return new BudgetView(budget.id, application.id, ApplicationWorkflow.isEditable(application.status),
                frame.periods(), frame.rules(), budget.content, summary, frame.check(budget.content, summary),
                new Actor(budget.updatedBySubject, budget.updatedByName), budget.updatedAt,
                budget.version);
    }
}
