package se.sodertalje.euportal.task;

/** What waits for the caller: a stable code the SPA words in its own language. */
public enum TaskKind {
    /** A draft of the caller's (applicant) or of the own units (coordinator) that still lacks something. */
    DRAFT_INCOMPLETE,
    /** A draft the coordinator or an advisor sent back with comments. */
    APPLICATION_RETURNED,
    /** A report an advisor returned with a comment. */
    REPORT_RETURNED,
    /** Reports of a running project's period due within 60 days (or overdue) and not handed in. */
    REPORT_DUE,
    /** The call of a draft closes within 60 days. */
    CALL_CLOSING,
    /** A draft that lacks nothing, waiting for the unit's coordinator to approve it. */
    AWAITING_UNIT_APPROVAL,
    /** An active unit without an active international coordinator (policy 2.d.iii). */
    UNIT_WITHOUT_COORDINATOR,
    /** An application approved by its unit, waiting for (or in) the International Office's review. */
    AWAITING_REVIEW,
    /** Cleared for submission but not yet submitted; due when its call closes. */
    READY_TO_SUBMIT,
    /** A report the unit submitted, waiting for an advisor to accept or return it. */
    REPORT_AWAITING_REVIEW,
    /** A claim sent to the funder more than 90 days ago without a recorded payment. */
    PAYMENT_OVERDUE,
    /** Reports across the portfolio due this week (Monday to Sunday) and not handed in. */
    REPORT_DUE_THIS_WEEK,
    /** An open call closing within 30 days that no application refers to. */
    CALL_NOT_STARTED,
    /** A project closed (or since archived) in the last 90 days. */
    PROJECT_CLOSED,
    /**
     * A submitted claim whose control is not closed: for its appointed controllers, and for the advisors
     * where the project has no controller (the office's pre-check).
     */
    CONTROL_TO_DO,
    /** A controller's request for clarification the unit has not answered yet; due on its date. */
    CLARIFICATION_REQUESTED,
    /**
     * A call that came as news to one of the caller's watches (their own, or as coordinator their unit's) in the
     * last 30 days, still open, and that no application of the caller's units refers to yet.
     */
    WATCHED_CALL,
    /** A unit's budget change request after the grant, waiting for an advisor to approve or reject it. */
    BUDGET_REVISION_PROPOSED
}
