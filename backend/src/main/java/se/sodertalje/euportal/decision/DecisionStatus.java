package se.sodertalje.euportal.decision;

/** Where the office is with a decision: registered, being followed up (units asked, actions running), or done. */
public enum DecisionStatus {
    REGISTERED, UNDER_FOLLOW_UP, CLOSED
}
