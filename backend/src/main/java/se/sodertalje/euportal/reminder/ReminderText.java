package se.sodertalje.euportal.reminder;

/** What a reminder says: an e-mail subject (Swedish) and the message in Swedish and English. */
public record ReminderText(String subject, String messageSv, String messageEn) {
}
