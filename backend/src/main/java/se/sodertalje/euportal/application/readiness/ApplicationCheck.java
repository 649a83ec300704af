package se.sodertalje.euportal.application.readiness;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.programme.CallsOfApplications;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * One part of the checklist an application must pass before it is approved for the unit, cleared
 * for submission and submitted. Each part lives with what it checks (the content here, the
 * partnership and the budget in their packages) and {@link ApplicationChecklist} composes them, so
 * that the application does not call into the budget and the partnership for it.
 * <p>
 * A part checks many applications at once with a fixed number of statements (the to-do list runs the
 * checklist over all of a user's drafts); one application is the case of one.
 */
public interface ApplicationCheck {

    /**
     * Per application id, what it still lacks, blocking or advised (an empty list, or no entry, when
     * this part is ready); {@code calls} holds the applications' calls with their effective rules.
     */
    Map<UUID, List<ReadinessItem>> missing(List<Application> applications, CallsOfApplications calls);

    /** Where this part's items come in the list: content first, then the partnership, then the budget. */
    int order();
}
