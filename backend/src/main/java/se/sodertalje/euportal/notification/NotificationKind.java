package se.sodertalje.euportal.notification;

/** Why a notification was sent; the reminders of later features add their kinds here. */
public enum NotificationKind {
    ADDED_TO_TEAM
}
