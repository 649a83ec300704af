package se.sodertalje.euportal.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;

/**
 * Tells the people who act after an application's workflow step: a unit's approval goes to the
 * International Office's advisors, a return to the author and the team. Called by the service within
 * the step's transaction; the reports' steps are told by {@code report.ReportNotices} the same way.
 */
@ApplicationScoped
public class NextActors {

    @Inject
    People people;

    @Inject
    StepNotices notices;

    public void applicationApproved(UUID applicationId, String title, String unitName) {
        notices.tell(subjects(people.advisors()), NotificationKind.APPLICATION_APPROVED,
                unitName + " har godkänt ansökan \"" + title + "\" för enheten; den väntar på granskning.",
                unitName + " approved the application \"" + title + "\"; it awaits review.",
                "/applications/" + applicationId);
    }

    public void applicationReturned(UUID applicationId, String title, String authorSubject, String comment) {
        notices.tell(subjects(people.team(applicationId, authorSubject)), NotificationKind.RETURNED,
                "Ansökan \"" + title + "\" har skickats tillbaka för ändring: " + comment,
                "The application \"" + title + "\" was returned for changes: " + comment,
                "/applications/" + applicationId);
    }

    /** The people's user subjects, those without one (not yet logged in) left out. */
    public static List<String> subjects(List<Person> people) {
        return people.stream().map(Person::subject).filter(Objects::nonNull).toList();
    }
}
