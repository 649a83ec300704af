package se.sodertalje.euportal.twintown;

/** The kind of agreement binding the municipality to a twin town (e.g. Wuxi's Sister City Relationship). */
public enum AgreementKind {
    SISTER_CITY, TWIN_TOWN, FRIENDSHIP, COOPERATION
}
