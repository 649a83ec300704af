package se.sodertalje.euportal.budget;

/** An advisor's decision on a budget change request. */
public enum RevisionOutcome {
    APPROVED,
    REJECTED;

    RevisionState state() {
        return this == APPROVED ? RevisionState.APPROVED : RevisionState.REJECTED;
    }
}
