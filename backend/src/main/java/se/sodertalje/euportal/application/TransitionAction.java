package se.sodertalje.euportal.application;

/** What a user can do to move an application along its lifecycle. */
public enum TransitionAction {
    /** The unit's coordinator approves the draft for the unit and sends it to the International Office. */
    APPROVE_FOR_UNIT,
    /** Back to draft with comments. */
    RETURN_FOR_CHANGES,
    /** An advisor takes the application into review. */
    START_REVIEW,
    /** The review is done: ready to be submitted to the funder. */
    CLEAR_FOR_SUBMISSION,
    /** Submitted to the funder: the funder's reference and date are recorded and the content frozen. */
    SUBMIT,
    /** The funder granted it, with the granted amount. */
    RECORD_GRANT,
    /** The funder rejected it, with the reason. */
    RECORD_REJECTION,
    /** The unit or the office withdraws it. */
    WITHDRAW
}
