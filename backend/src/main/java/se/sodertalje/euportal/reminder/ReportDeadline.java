package se.sodertalje.euportal.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.report.ReportKind;

/**
 * The reports of a project period due on {@code due} (the whole day, Stockholm time), those not yet
 * handed in ({@code missing}, never empty).
 */
public record ReportDeadline(UUID periodId, UUID projectId, String projectName, int period,
        Set<ReportKind> missing, LocalDate due, String unitCode, Set<String> team) implements Deadline {

    @Override
    public NotificationKind kind() {
        return NotificationKind.REPORT_DUE;
    }

    @Override
    public UUID id() {
        return periodId;
    }

    @Override
    public Instant at() {
        return due.plusDays(1).atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }

    @Override
    public LocalDate day() {
        return due;
    }

    /** The project's page, with its reporting schedule. */
    @Override
    public String link() {
        return "/projects/" + projectId;
    }

    @Override
    public ReminderText text(long daysLeft) {
        boolean both = missing.size() > 1;
        String reportsSv = both ? "lägesrapport och ekonomisk rapport"
                : missing.contains(ReportKind.PROGRESS) ? "lägesrapport" : "ekonomisk rapport";
        String reportsEn = both ? "progress report and financial report"
                : missing.contains(ReportKind.PROGRESS) ? "progress report" : "financial report";
        return new ReminderText(
                "Påminnelse: rapport för period " + period + " i ”" + projectName + "” senast " + Words.iso(due),
                "Reminder: report for period " + period + " of \"" + projectName + "\" due " + Words.iso(due),
                "Påminnelse: " + reportsSv + " för period " + period + " i projektet ”" + projectName
                        + "” ska lämnas senast " + Words.dateSv(due) + " (" + Words.leftSv(daysLeft) + ").",
                "Reminder: the " + reportsEn + " for period " + period + " of the project \"" + projectName
                        + "\" " + (both ? "are" : "is") + " due on " + Words.dateEn(due) + " ("
                        + Words.leftEn(daysLeft) + ").");
    }
}
