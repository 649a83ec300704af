package se.sodertalje.euportal.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends plain-text e-mail through the SMTP server of MAIL_HOST/MAIL_PORT (blocking, so that a
 * failure undoes the caller's transaction and the reminder is tried again on the next run).
 */
@ApplicationScoped
public class EmailSender {

    @Inject
    Mailer mailer;

    public void send(String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text));
    }
}
