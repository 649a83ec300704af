package se.sodertalje.euportal.control;

/** A control runs (the report is locked for the unit) until it is closed; reopening it runs it again. */
public enum ControlStatus {
    RUNNING, CLOSED
}
