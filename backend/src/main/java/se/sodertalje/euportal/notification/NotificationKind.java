package se.sodertalje.euportal.notification;

import java.util.Set;

/** Why a notification was sent. */
public enum NotificationKind {
    ADDED_TO_TEAM,
    /** A project period's reports are due soon (reminder). */
    REPORT_DUE,
    /** The call of an application not yet submitted closes soon (reminder). */
    CALL_DEADLINE;

    /** The kinds whose delivery each user chooses (off, daily digest, at once). */
    public static final Set<NotificationKind> REMINDERS = Set.of(REPORT_DUE, CALL_DEADLINE);
}
