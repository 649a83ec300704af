package se.sodertalje.euportal.budget;

/** Why a budget version was frozen. */
public enum VersionKind {
    /** With the application's submission. */
    SUBMITTED,
    /** With the funder's decision, or adjusted afterwards to the granted amount. */
    GRANTED,
    /** A change request, with its reason. */
    REVISED
}
