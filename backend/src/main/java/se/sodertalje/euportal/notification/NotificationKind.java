package se.sodertalje.euportal.notification;

import java.util.Set;

/** Why a notification was sent. */
public enum NotificationKind {
    ADDED_TO_TEAM,
    /** A project period's reports are due soon (reminder). */
    REPORT_DUE,
    /** The call of an application not yet submitted closes soon (reminder). */
    CALL_DEADLINE,
    /** A unit approved an application: the International Office's advisors review it next. */
    APPLICATION_APPROVED,
    /** A unit submitted a report: the advisors review it next. */
    REPORT_SUBMITTED,
    /** An application or report was returned for changes: its author and team act next. */
    RETURNED,
    /** A webhook's deliveries failed for the whole retry period: it was paused (to its owner, an admin). */
    WEBHOOK_PAUSED,
    /** An event the user is in the audience of: an invitation from the International Office. */
    EVENT_INVITATION,
    /** An event the user has a seat at comes soon (sent by the organiser). */
    EVENT_REMINDER,
    /** A seat freed at an event: the user moved up from the waiting list. */
    EVENT_SEAT,
    /** A call was imported, created or changed that one of the user's (or their unit's) call watches matches. */
    CALL_MATCH,
    /** A call the user watches or applies to moved its deadline or was cancelled by the funder. */
    CALL_CHANGED,
    /** An EU decision concerns the user's unit: the office asks for the unit's own assessment. */
    EU_DECISION,
    /** A unit proposed a budget change after the grant: the advisors decide it next. */
    BUDGET_REVISION_PROPOSED,
    /** An advisor approved or rejected the unit's budget change request (to its proposer and the team). */
    BUDGET_REVISION_DECIDED;

    /** The kinds whose delivery each user chooses (off, daily digest, at once). */
    public static final Set<NotificationKind> REMINDERS = Set.of(REPORT_DUE, CALL_DEADLINE);

    /**
     * The notices of a workflow step to those who act next: always in the portal, and by e-mail at
     * once unless the user chose OFF for the kind (there is no digest of them).
     */
    public static final Set<NotificationKind> STEPS = Set.of(APPLICATION_APPROVED, REPORT_SUBMITTED, RETURNED,
            EVENT_INVITATION, EVENT_REMINDER, EVENT_SEAT, BUDGET_REVISION_PROPOSED, BUDGET_REVISION_DECIDED);

    /**
     * The kinds a user has a preference for: every kind that may reach them by e-mail
     * ({@code NotificationKindsTest} checks that each kind {@code StepNotices} mails is among them).
     */
    public static final Set<NotificationKind> CHOOSABLE = Set.of(REPORT_DUE, CALL_DEADLINE, APPLICATION_APPROVED,
            REPORT_SUBMITTED, RETURNED, EVENT_INVITATION, EVENT_REMINDER, EVENT_SEAT, CALL_MATCH, CALL_CHANGED,
            EU_DECISION, BUDGET_REVISION_PROPOSED, BUDGET_REVISION_DECIDED);

    /** What the office and the units watch: at once, in the daily digest, or not at all, like the reminders. */
    public static final Set<NotificationKind> WATCHES = Set.of(CALL_MATCH, CALL_CHANGED, EU_DECISION);
}
