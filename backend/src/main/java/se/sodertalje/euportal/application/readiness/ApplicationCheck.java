package se.sodertalje.euportal.application.readiness;

import java.util.List;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * One part of the checklist an application must pass before it is approved for the unit, cleared
 * for submission and submitted. Each part lives with what it checks (the content here, the
 * partnership and the budget in their packages) and {@link ApplicationChecklist} composes them, so
 * that the application does not call into the budget and the partnership for it.
 */
public interface ApplicationCheck {

    /** What the application still lacks, blocking or advised; empty when this part is ready. */
    List<ReadinessItem> missing(Application application);

    /** Where this part's items come in the list: content first, then the partnership, then the budget. */
    int order();
}
