package se.sodertalje.euportal.report;

/** The steps of a report's workflow ({@link ReportWorkflow}). */
public enum ReportAction {
    SUBMIT, RETURN, ACCEPT, SEND_TO_FUNDER, REOPEN
}
