package se.sodertalje.euportal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.reminder.Deadline;
import se.sodertalje.euportal.reminder.ReminderConfig;
import se.sodertalje.euportal.reminder.ReminderText;

/**
 * An event that begins soon: those with a seat are reminded (EVENT_REMINDER, as each chose on the
 * notifications page) the configured days before (euportal.reminders.event-lead-days), by the
 * reminder job that reminds of report and call deadlines.
 */
public record EventDeadline(UUID eventId, String title, Instant startsAt, String place, Set<String> team)
        implements Deadline {

    private static final DateTimeFormatter WHEN_SV = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv-SE"));
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @Override
    public NotificationKind kind() {
        return NotificationKind.EVENT_REMINDER;
    }

    @Override
    public UUID id() {
        return eventId;
    }

    @Override
    public Instant at() {
        return startsAt;
    }

    @Override
    public LocalDate day() {
        return startsAt.atZone(EventService.ZONE).toLocalDate();
    }

    /** Participants only: no unit's coordinators. */
    @Override
    public String unitCode() {
        return null;
    }

    @Override
    public String link() {
        return "/events/" + eventId;
    }

    @Override
    public Collection<Integer> leadDays(ReminderConfig config) {
        return config.eventLeadDays();
    }

    @Override
    public ReminderText text(long daysLeft) {
        ZonedDateTime when = startsAt.atZone(EventService.ZONE);
        String whereSv = place == null || place.isBlank() ? "" : ", " + place;
        String leftSv = daysLeft == 0 ? "i dag" : daysLeft == 1 ? "i morgon" : "om " + daysLeft + " dagar";
        String leftEn = daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
        return new ReminderText("Påminnelse: " + title + " " + leftSv, "Reminder: " + title + " " + leftEn,
                "Påminnelse: ”" + title + "” börjar " + WHEN_SV.format(when) + " (svensk tid)" + whereSv + ", " + leftSv
                        + ". Du har en plats.",
                "Reminder: \"" + title + "\" starts on " + WHEN_EN.format(when) + " (Swedish time)" + whereSv + ", "
                        + leftEn + ". You have a seat.");
    }
}
