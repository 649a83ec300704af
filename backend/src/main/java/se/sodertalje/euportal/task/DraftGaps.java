package se.sodertalje.euportal.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.application.TransitionRequest;
import se.sodertalje.euportal.application.TransitionRules;
import se.sodertalje.euportal.budget.BudgetService;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.partner.partnership.PartnershipService;
import se.sodertalje.euportal.task.TaskView.Missing;

/**
 * What drafts still lack: the one place the to-do list asks. It states no rule of its own; it asks
 * the checks the workflow itself applies (for now the submission's: a call, the partnership, the budget).
 */
@ApplicationScoped
class DraftGaps {

    /** A submission as the funder's details would make it, so that only the application's own gaps remain. */
    private static final TransitionRequest SUBMISSION = new TransitionRequest(TransitionAction.SUBMIT, null, "probe",
            LocalDate.of(2000, 1, 1), null, null, null);

    @Inject
    PartnershipService partnership;

    @Inject
    BudgetService budgets;

    @Inject
    Clock clock;

    /** Per draft id, what it lacks (empty when nothing). */
    Map<UUID, List<Missing>> of(Collection<UUID> draftIds) {
        Map<UUID, List<Missing>> gaps = new HashMap<>();
        if (draftIds.isEmpty()) {
            return gaps;
        }
        LocalDate today = LocalDate.now(clock);
        for (Application draft : Application.<Application>list("id in ?1", draftIds)) {
            List<FieldError> errors = new ArrayList<>(TransitionRules.check(draft, SUBMISSION, today));
            errors.addAll(partnership.readyToSubmit(draft));
            errors.addAll(budgets.readyToSubmit(draft));
            gaps.put(draft.id, errors.stream().map(e -> new Missing(e.code(), e.field())).distinct().toList());
        }
        return gaps;
    }
}
