package se.sodertalje.euportal.audit;

/** What a revision did to a record. */
public enum ChangeType {
    CREATED, UPDATED, DELETED
}
