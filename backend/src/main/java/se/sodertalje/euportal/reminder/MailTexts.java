package se.sodertalje.euportal.reminder;

import java.util.List;

/** The e-mails of reminders, Swedish first and English below: one at once, or a daily digest of several. */
public final class MailTexts {

    /** An e-mail's subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    private MailTexts() {
    }

    /** @param portalUrl the SPA's address without a trailing slash, for absolute links */
    public static Mail immediate(ReminderText text, String link, String portalUrl) {
        String url = portalUrl + link;
        return new Mail(text.subject(), text.messageSv() + "\nÖppna i EU-portalen: " + url + "\n\n"
                + text.messageEn() + "\nOpen in the EU Project Portal: " + url + "\n" + footer(portalUrl));
    }

    /** One e-mail listing every queued reminder, numbered, in both languages. */
    public static Mail digest(List<QueuedReminder> items, String portalUrl) {
        StringBuilder body = new StringBuilder("Dina påminnelser från EU-portalen:\n\n");
        for (int i = 0; i < items.size(); i++) {
            body.append(i + 1).append(". ").append(items.get(i).messageSv()).append("\n   ")
                    .append(portalUrl).append(items.get(i).link()).append("\n");
        }
        body.append("\nYour reminders from the EU Project Portal:\n\n");
        for (int i = 0; i < items.size(); i++) {
            body.append(i + 1).append(". ").append(items.get(i).messageEn()).append("\n   ")
                    .append(portalUrl).append(items.get(i).link()).append("\n");
        }
        String count = items.size() == 1 ? "1 påminnelse" : items.size() + " påminnelser";
        return new Mail("Daglig sammanfattning från EU-portalen: " + count, body + footer(portalUrl));
    }

    private static String footer(String portalUrl) {
        String settings = portalUrl + "/notifications";
        return "\n-- \nDu får påminnelsen som medlem i teamet eller som enhetens internationella samordnare. "
                + "Välj själv hur du vill ha påminnelser (av, daglig sammanfattning eller direkt): " + settings + "\n"
                + "You get this reminder as a member of the team or as the unit's international coordinator. "
                + "Choose how you want reminders (off, daily digest or at once): " + settings + "\n";
    }
}
