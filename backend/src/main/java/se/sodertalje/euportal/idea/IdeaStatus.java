package se.sodertalje.euportal.idea;

/** An idea is worked on while OPEN; CLOSED once the unit has decided what to do with it (after screening). */
public enum IdeaStatus {
    OPEN,
    CLOSED
}
