package se.sodertalje.euportal.export;

/** What was exported: a project's readable report, workbook or whole audit package, or a list as CSV. */
public enum ExportKind {
    PDF, XLSX, AUDIT_PACKAGE, CSV, DOCX
}
