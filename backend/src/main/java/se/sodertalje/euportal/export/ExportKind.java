package se.sodertalje.euportal.export;

/** What was exported: a project's readable report, workbook or whole audit package, a list as CSV, or a calendar file. */
public enum ExportKind {
    PDF, XLSX, AUDIT_PACKAGE, CSV, ICS
}
