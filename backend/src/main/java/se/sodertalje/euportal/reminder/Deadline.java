package se.sodertalje.euportal.reminder;

import java.time.Instant;
import java.util.Collection;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;

/** A deadline someone should be reminded of. */
public interface Deadline {

    NotificationKind kind();

    /** The project period, or the application whose call closes. */
    UUID id();

    /** When the deadline passes. */
    Instant at();

    /** The deadline's day in Stockholm, which lead times count back from. */
    LocalDate day();

    /** The unit whose coordinators are reminded too. */
    String unitCode();

    /** The subjects of the people on the team: the application's author and its team members. */
    Set<String> team();

    /** The SPA path that shows what is due. */
    String link();

    /** The reminder's words, with the days left until the deadline. */
    ReminderText text(long daysLeft);

    /** The days before the deadline that reminders go out: the configured lead days unless the kind has its own. */
    default Collection<Integer> leadDays(ReminderConfig config) {
        return config.leadDays();
    }

    /** Identifies the deadline as it stands: a moved deadline is another one. */
    default String key() {
        return kind() + "/" + id() + "/" + at();
    }
}
