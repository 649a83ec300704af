package se.sodertalje.euportal.application;

/** The states an application passes (docs/domain.md, "Lifecycles"). */
public enum ApplicationStatus {
    DRAFT, UNIT_APPROVED, IN_REVIEW, READY_TO_SUBMIT, SUBMITTED, GRANTED, REJECTED, WITHDRAWN
}
