package se.sodertalje.euportal.scan;

/** Where a user's file enters the portal: each is scanned before it is stored or read. */
public enum UploadKind {
    ATTACHMENT,
    EVIDENCE,
    CONTROL_CERTIFICATE,
    CLARIFICATION_FILE,
    EVENT_MATERIAL,
    TWIN_TOWN_AGREEMENT,
    CALL_IMPORT,
    PARTNER_IMPORT,
    RATE_IMPORT
}
