package se.sodertalje.euportal.report;

/** A progress report and a financial report (payment claim) per period; one final report per project. */
public enum ReportKind {
    PROGRESS, FINANCIAL, FINAL
}
