package se.sodertalje.euportal.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.sodertalje.euportal.application.ApplicationStepTaken;
import se.sodertalje.euportal.application.TransitionAction;

/** Starts the project when the grant is recorded ({@link ApplicationStepTaken}), in the grant's transaction. */
@ApplicationScoped
public class ProjectStart {

    @Inject
    ProjectService projects;

    void on(@Observes ApplicationStepTaken step) {
        if (step.action() == TransitionAction.RECORD_GRANT) {
            projects.startFrom(step.application());
        }
    }
}
