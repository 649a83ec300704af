package se.sodertalje.euportal.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.notification.NotificationKind;

/** An application not yet submitted whose call closes at {@code closesAt} (stated in the funder's {@code zone}). */
public record CallDeadline(UUID applicationId, String applicationTitle, String callIdentifier, String callTitle,
        Instant closesAt, ZoneId zone, String unitCode, Set<String> team) implements Deadline {

    @Override
    public NotificationKind kind() {
        return NotificationKind.CALL_DEADLINE;
    }

    @Override
    public UUID id() {
        return applicationId;
    }

    @Override
    public Instant at() {
        return closesAt;
    }

    @Override
    public LocalDate day() {
        return closesAt.atZone(Clocks.STOCKHOLM).toLocalDate();
    }

    @Override
    public String link() {
        return "/applications/" + applicationId;
    }

    @Override
    public ReminderText text(long daysLeft) {
        ZonedDateTime closes = closesAt.atZone(zone);
        String call = callIdentifier + " " + callTitle;
        String time = Words.TIME.format(closes) + " (" + zone.getId() + ")";
        return new ReminderText(
                "Påminnelse: utlysningen " + callIdentifier + " stänger " + Words.iso(closes.toLocalDate()),
                "Reminder: the call " + callIdentifier + " closes " + Words.iso(closes.toLocalDate()),
                "Påminnelse: utlysningen ”" + call + "” stänger " + Words.dateSv(closes) + " kl. " + time + ", "
                        + Words.leftSv(daysLeft) + ". Ansökan ”" + applicationTitle + "” är inte inlämnad än.",
                "Reminder: the call \"" + call + "\" closes on " + Words.dateEn(closes) + " at " + time + ", "
                        + Words.leftEn(daysLeft) + ". The application \"" + applicationTitle
                        + "\" has not been submitted yet.");
    }
}
