package se.sodertalje.euportal.project;

/** The states of a project (docs/domain.md): it runs, closes, is closed, and is archived until its retention date. */
public enum ProjectStatus {
    RUNNING, CLOSING, CLOSED, ARCHIVED
}
