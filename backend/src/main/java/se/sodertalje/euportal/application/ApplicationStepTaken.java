package se.sodertalje.euportal.application;

/**
 * A CDI event: a workflow step was taken and recorded on the application, fired synchronously in the
 * step's transaction (after the submission snapshot), so that what hangs on a decision happens with
 * it: the budget freezes its version on submission and grant, the project starts with the grant.
 * Observers that refuse roll the step back.
 */
public record ApplicationStepTaken(Application application, TransitionAction action, ApplicationStatus from) {
}
