package se.sodertalje.euportal.export;

/** What was exported: a project's readable report, workbook or whole audit package, a list as CSV, a document (the work plan's board report), a stored file (e.g. a twin-town agreement) or a calendar file. */
public enum ExportKind {
    PDF, XLSX, AUDIT_PACKAGE, CSV, DOCX, FILE, ICS
}
