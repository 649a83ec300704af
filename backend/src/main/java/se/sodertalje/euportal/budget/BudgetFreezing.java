package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.sodertalje.euportal.application.ApplicationStepTaken;

/**
 * Freezes the budget when the application's decisions are announced ({@link ApplicationStepTaken}):
 * the draft as submitted with the submission, the last version as granted with the grant. In the
 * step's transaction, so that the version exists exactly when the step does.
 */
@ApplicationScoped
public class BudgetFreezing {

    @Inject
    BudgetVersions versions;

    void on(@Observes ApplicationStepTaken step) {
        switch (step.action()) {
            case SUBMIT -> versions.freezeOn(step.application(), VersionKind.SUBMITTED);
            case RECORD_GRANT -> versions.freezeOn(step.application(), VersionKind.GRANTED);
            default -> {
            }
        }
    }
}
