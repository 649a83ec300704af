package se.sodertalje.euportal.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends plain-text e-mail through the SMTP server of MAIL_HOST/MAIL_PORT (blocking, so that a
 * failure undoes the caller's transaction and the reminder is tried again on the next run). A
 * failed send is tried once more at once: an SMTP server that closed a connection the client still
 * held answers the first attempt with 421, and a fresh connection then succeeds.
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);

    @Inject
    Mailer mailer;

    public void send(String to, String subject, String text) {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException first) {
            LOG.infof("Sending to %s failed (%s); trying once more", to, first.getMessage());
            mailer.send(Mail.withText(to, subject, text));
        }
    }
}
