package se.sodertalje.euportal.reminder;

import java.util.List;
import se.sodertalje.euportal.common.Language;

/** The e-mails of reminders, in the recipient's language: one at once, or a daily digest of several. */
public final class MailTexts {

    /** An e-mail's subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    private MailTexts() {
    }

    /** @param portalUrl the SPA's address without a trailing slash, for absolute links */
    public static Mail immediate(ReminderText text, String link, String portalUrl, Language language) {
        return new Mail(text.subject(language), text.message(language) + "\n" + open(language) + portalUrl + link
                + "\n" + footer(portalUrl, language));
    }

    /** One e-mail listing every queued reminder, numbered. */
    public static Mail digest(List<QueuedReminder> items, String portalUrl, Language language) {
        StringBuilder body = new StringBuilder(language.pick("Dina påminnelser från EU-portalen:",
                "Your reminders from the EU Project Portal:")).append("\n\n");
        for (int i = 0; i < items.size(); i++) {
            QueuedReminder item = items.get(i);
            body.append(i + 1).append(". ").append(language.pick(item.messageSv(), item.messageEn())).append("\n   ")
                    .append(portalUrl).append(item.link()).append("\n");
        }
        int n = items.size();
        String subject = language == Language.EN
                ? "Daily summary from the EU Project Portal: " + (n == 1 ? "1 reminder" : n + " reminders")
                : "Daglig sammanfattning från EU-portalen: " + (n == 1 ? "1 påminnelse" : n + " påminnelser");
        return new Mail(subject, body + footer(portalUrl, language));
    }

    /** The line before a record's link, e.g. "Öppna i EU-portalen: ". */
    public static String open(Language language) {
        return language.pick("Öppna i EU-portalen: ", "Open in the EU Project Portal: ");
    }

    private static String footer(String portalUrl, Language language) {
        String settings = portalUrl + "/notifications";
        return "\n-- \n" + language.pick(
                "Du får påminnelsen som medlem i teamet eller som enhetens internationella samordnare. "
                        + "Välj själv hur du vill ha påminnelser (av, daglig sammanfattning eller direkt) och på vilket "
                        + "språk: ",
                "You get this reminder as a member of the team or as the unit's international coordinator. "
                        + "Choose how you want reminders (off, daily digest or at once) and in which language: ")
                + settings + "\n";
    }
}
