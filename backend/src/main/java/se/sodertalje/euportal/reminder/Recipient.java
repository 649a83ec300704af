package se.sodertalje.euportal.reminder;

/** A user who may be reminded, as app_user knows them (e-mail may be missing). */
public record Recipient(String subject, String name, String email, String units, String roles) {
}
