package se.sodertalje.euportal.decision;

/** An action decided in answer to an EU decision. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE
}
