package se.sodertalje.euportal.application.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.programme.CallsOfApplications;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * The one checklist of an application: every {@link ApplicationCheck} (content, partnership,
 * budget) in order. Approval for the unit, clearing for submission and submission all require it;
 * the readiness view and the to-do list show it.
 */
@ApplicationScoped
public class ApplicationChecklist {

    /** The steps that send an application on and so need its checklist passed. */
    public static final Set<TransitionAction> GATED = EnumSet.of(TransitionAction.APPROVE_FOR_UNIT,
            TransitionAction.CLEAR_FOR_SUBMISSION, TransitionAction.SUBMIT);

    @Inject
    @Any
    Instance<ApplicationCheck> checks;

    /** Everything the application still lacks, blocking and advised, content first. */
    public List<ReadinessItem> missing(Application application) {
        return missing(List.of(application)).get(application.id);
    }

    /**
     * Per application id, everything it still lacks, content first: each check reads what it needs for
     * all the applications at once, so the statements do not grow with their number.
     */
    public Map<UUID, List<ReadinessItem>> missing(List<Application> applications) {
        Map<UUID, List<ReadinessItem>> missing = new LinkedHashMap<>();
        applications.forEach(a -> missing.put(a.id, new ArrayList<>()));
        if (applications.isEmpty()) {
            return missing;
        }
        CallsOfApplications calls = CallsOfApplications.of(applications.stream().map(a -> a.callId).toList());
        checks.stream().sorted(Comparator.comparingInt(ApplicationCheck::order))
                .forEach(check -> check.missing(applications, calls)
                        .forEach((id, items) -> missing.get(id).addAll(items)));
        missing.replaceAll((id, items) -> List.copyOf(items));
        return missing;
    }

    /** Only what blocks the gated steps. */
    public List<ReadinessItem> blocking(Application application) {
        return blocking(List.of(application)).get(application.id);
    }

    /** Per application id, only what blocks the gated steps. */
    public Map<UUID, List<ReadinessItem>> blocking(List<Application> applications) {
        Map<UUID, List<ReadinessItem>> blocking = missing(applications);
        blocking.replaceAll((id, items) -> items.stream().filter(ReadinessItem::blocking).toList());
        return blocking;
    }

    /**
     * Why a step may not be taken yet: for a gated step every blocking item as a field error (its
     * field and code), to be refused with the step's other errors the way a bad request is (400).
     */
    public List<FieldError> refusals(Application application, TransitionAction action) {
        if (!GATED.contains(action)) {
            return List.of();
        }
        return blocking(application).stream().map(ReadinessItem::asFieldError).toList();
    }
}
