package se.sodertalje.euportal.report;

/** Draft → submitted by the unit → returned or accepted by an advisor → sent to the funder. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, SENT_TO_FUNDER
}
