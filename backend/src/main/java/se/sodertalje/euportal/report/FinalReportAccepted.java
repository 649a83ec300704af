package se.sodertalje.euportal.report;

/** Fired (synchronously, in the accepting transaction) when an advisor accepts a project's final report. */
public record FinalReportAccepted(ProjectReport report, String actorSubject, String actorName) {
}
