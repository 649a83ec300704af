package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;
import se.sodertalje.euportal.readiness.NextActors;
import se.sodertalje.euportal.readiness.People;

/**
 * Tells the people who act after a report's step: a submitted report goes to the International
 * Office's advisors, a return to the report's author, the application's author and its team. Called
 * within the step's transaction.
 */
@ApplicationScoped
public class ReportNotices {

    @Inject
    People people;

    @Inject
    StepNotices notices;

    public void reportSubmitted(UUID reportId, ReportKind kind, Integer period, String projectTitle) {
        notices.tell(NextActors.subjects(people.advisors()), NotificationKind.REPORT_SUBMITTED,
                sv(kind, period) + " för \"" + projectTitle + "\" har lämnats in och väntar på granskning.",
                en(kind, period) + " of \"" + projectTitle + "\" was submitted and awaits review.",
                "/reports/" + reportId);
    }

    /** To the report's author, the application's author and its team. */
    public void reportReturned(UUID reportId, ReportKind kind, Integer period, String projectTitle, UUID applicationId,
            String applicationAuthor, String reportAuthor, String comment) {
        List<String> recipients = new ArrayList<>();
        recipients.add(reportAuthor);
        recipients.addAll(NextActors.subjects(people.team(applicationId, applicationAuthor)));
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
}
