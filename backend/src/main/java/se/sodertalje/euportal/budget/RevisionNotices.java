package se.sodertalje.euportal.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;
import se.sodertalje.euportal.readiness.NextActors;
import se.sodertalje.euportal.readiness.People;

/**
 * Tells who acts after a budget change request's step, in each recipient's language: a proposal goes to
 * the International Office's advisors, a decision to the proposer, the application's author and its
 * team. Called within the step's transaction.
 */
@ApplicationScoped
class RevisionNotices {

    @Inject
    People people;

    @Inject
    StepNotices notices;

    void proposed(Application application, int number) {
        String title = title(application);
        notices.tell(NextActors.subjects(people.advisors()), NotificationKind.BUDGET_REVISION_PROPOSED,
                "Budgeten för \"" + title + "\" har en ändringsbegäran (version " + number + ") som väntar på beslut.",
                "The budget of \"" + title + "\" has a change request (version " + number + ") awaiting a decision.",
                link(application));
    }

    void decided(Application application, BudgetVersion version, RevisionOutcome outcome, String comment) {
        String title = title(application);
        List<String> recipients = new ArrayList<>();
        recipients.add(version.createdBySubject);
        recipients.addAll(NextActors.subjects(people.team(application.id, application.createdBySubject)));
        boolean approved = outcome == RevisionOutcome.APPROVED;
        notices.tell(recipients.stream().filter(Objects::nonNull).toList(), NotificationKind.BUDGET_REVISION_DECIDED,
                "Ändringsbegäran för budgeten för \"" + title + "\" (version " + version.number + ") har "
                        + (approved ? "godkänts" : "avslagits") + ": " + comment,
                "The change request of the budget of \"" + title + "\" (version " + version.number + ") was "
                        + (approved ? "approved" : "rejected") + ": " + comment,
                link(application));
    }

    private static String title(Application application) {
        return application.acronym != null && !application.acronym.isBlank() ? application.acronym : application.title;
    }

    private static String link(Application application) {
        return "/applications/" + application.id + "/budget";
    }
}
