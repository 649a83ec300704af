package se.sodertalje.euportal.project;

/** The steps of a project's lifecycle ({@link ProjectWorkflow}). */
public enum ProjectAction {
    START_CLOSING, CLOSE, ARCHIVE
}
