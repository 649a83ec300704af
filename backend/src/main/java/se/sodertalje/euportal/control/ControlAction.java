package se.sodertalje.euportal.control;

/** The steps of a control: started once, closed, reopened with a reason. */
public enum ControlAction {
    START, CLOSE, REOPEN
}
