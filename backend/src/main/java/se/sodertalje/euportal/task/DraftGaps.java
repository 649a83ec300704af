package se.sodertalje.euportal.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.readiness.ApplicationChecklist;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * What drafts still lack: the one place the to-do list asks. It states no rule of its own: it asks
 * the application's checklist, the one approval, clearing and submission refuse with, for its
 * blocking items (advice such as work packages does not make a draft wait).
 */
@ApplicationScoped
class DraftGaps {

    @Inject
    ApplicationChecklist checklist;

    /** Per draft id, the blocking items it lacks (empty when it is ready for the unit's approval). */
    Map<UUID, List<ReadinessItem>> of(Collection<UUID> draftIds) {
        if (draftIds.isEmpty()) {
            return new HashMap<>();
        }
        // All drafts at once: the checklist's statements stay the same however many drafts there are.
        return checklist.blocking(Application.<Application>list("id in ?1", draftIds));
    }
}
