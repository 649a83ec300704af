package se.sodertalje.euportal.reminder;

import se.sodertalje.euportal.common.Language;

/** What a reminder says: an e-mail subject and the message, each in Swedish and English. */
public record ReminderText(String subjectSv, String subjectEn, String messageSv, String messageEn) {

    public String subject(Language language) {
        return language.pick(subjectSv, subjectEn);
    }

    public String message(Language language) {
        return language.pick(messageSv, messageEn);
    }
}
