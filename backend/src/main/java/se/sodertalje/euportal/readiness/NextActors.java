package se.sodertalje.euportal.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;
import se.sodertalje.euportal.report.ReportKind;

/**
 * Tells the people who act after a workflow step: a unit's approval and a submitted report go to
 * the International Office's advisors, a return to the author and the team. Called by the services
 * within the step's transaction.
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

    public void reportSubmitted(UUID reportId, ReportKind kind, Integer period, String projectTitle) {
        notices.tell(subjects(people.advisors()), NotificationKind.REPORT_SUBMITTED,
                sv(kind, period) + " för \"" + projectTitle + "\" har lämnats in och väntar på granskning.",
                en(kind, period) + " of \"" + projectTitle + "\" was submitted and awaits review.",
                "/reports/" + reportId);
    }

    /** To the report's author, the application's author and its team. */
    public void reportReturned(UUID reportId, ReportKind kind, Integer period, String projectTitle, UUID applicationId,
            String applicationAuthor, String reportAuthor, String comment) {
        List<String> recipients = new ArrayList<>();
        recipients.add(reportAuthor);
        recipients.addAll(subjects(people.team(applicationId, applicationAuthor)));
        notices.tell(recipients.stream().filter(Objects::nonNull).toList(), NotificationKind.RETURNED,
                sv(kind, period) + " för \"" + projectTitle + "\" har skickats tillbaka för ändring: " + comment,
                en(kind, period) + " of \"" + projectTitle + "\" was returned for changes: " + comment,
                "/reports/" + reportId);
    }

    private static String sv(ReportKind kind, Integer period) {
        return switch (kind) {
            case PROGRESS -> "Lägesrapporten för period " + period;
            case FINANCIAL -> "Den ekonomiska rapporten för period " + period;
            case FINAL -> "Slutrapporten";
        };
    }

    private static String en(ReportKind kind, Integer period) {
        return switch (kind) {
            case PROGRESS -> "The progress report for period " + period;
            case FINANCIAL -> "The financial report for period " + period;
            case FINAL -> "The final report";
        };
    }

    private static List<String> subjects(List<Person> people) {
        return people.stream().map(Person::subject).filter(Objects::nonNull).toList();
    }
}
