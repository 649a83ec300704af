package se.sodertalje.euportal.budget;

/** Where a budget change request stands: proposed by the unit, then approved or rejected by an advisor, once. */
public enum RevisionState {
    PROPOSED,
    APPROVED,
    REJECTED
}
