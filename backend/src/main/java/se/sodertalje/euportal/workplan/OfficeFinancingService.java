package se.sodertalje.euportal.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import se.sodertalje.euportal.budget.Money;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;

/** The office's financing per year by source, with its project-financed share against the target. */
@ApplicationScoped
public class OfficeFinancingService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A new year's financing, or the change of one (which needs If-Match); the second result says which. */
    public record Saved(WorkPlanViews.FinancingView view, boolean created) {
    }

    public List<WorkPlanViews.FinancingView> list() {
        return OfficeFinancing.<OfficeFinancing>list("order by year desc").stream().map(WorkPlanViews.FinancingView::of)
                .toList();
    }

    public WorkPlanViews.FinancingView get(int year) {
        return WorkPlanViews.FinancingView.of(find(year));
    }

    @Transactional
    public Saved put(int year, String ifMatch, WorkPlanViews.FinancingRequest request) {
        if (year < 2000 || year > 2999) {
            throw ApiProblem.invalid("year", "must be a year from 2000 to 2999", ProblemCode.RANGE);
        }
        OfficeFinancing f = OfficeFinancing.findById(year);
        boolean created = f == null;
        if (created) {
            f = new OfficeFinancing();
            f.year = year;
        } else {
            ETags.requireMatch(ifMatch, f.version);
        }
        f.municipalGrant = Money.halfUp(request.municipalGrant());
        f.companyGrants = Money.halfUp(request.companyGrants());
        f.projectIncome = Money.halfUp(request.projectIncome());
        f.targetPercent = request.targetPercent();
        f.updatedBySubject = user.subject();
        f.updatedByName = user.displayName();
        f.updatedAt = clock.instant();
        if (created) {
            f.persist();
        }
        OfficeFinancing.getEntityManager().flush();
        return new Saved(WorkPlanViews.FinancingView.of(f), created);
    }

    private static OfficeFinancing find(int year) {
        OfficeFinancing f = OfficeFinancing.findById(year);
        if (f == null) {
            throw ApiProblem.notFound("The office's financing of " + year);
        }
        return f;
    }
}
