package se.sodertalje.euportal.application;

/** The states an application passes (DOMAIN.md, "Application lifecycle"). */
public enum ApplicationStatus {
    DRAFT, UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT, SUBMITTED, GRANTED, REJECTED, WITHDRAWN
}
