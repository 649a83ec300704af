package se.sodertalje.euportal.partner.search;

/** An open search takes expressions of interest; a closed one is kept as a record. */
public enum SearchStatus {
    OPEN, CLOSED
}
