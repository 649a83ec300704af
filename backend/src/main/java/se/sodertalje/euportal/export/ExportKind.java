package se.sodertalje.euportal.export;

/** What was exported: the readable report, the workbook, or the whole audit package. */
public enum ExportKind {
    PDF, XLSX, AUDIT_PACKAGE
}
