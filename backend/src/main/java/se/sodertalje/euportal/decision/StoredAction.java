package se.sodertalje.euportal.decision;

/** An action as stored in the decision's JSON column (the due day as ISO text, so no date module is needed). */
public record StoredAction(String what, String who, String due, ActionStatus status) {
}
