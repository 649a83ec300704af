package se.sodertalje.euportal.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.ops.PortalMetrics;

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

    @Inject
    PortalMetrics metrics;

    /** Logs no address (personal data); the failure counts in euportal_emails_total{outcome="failed"}. */
    public void send(String to, String subject, String text) {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException first) {
            LOG.infof("Sending an e-mail failed (%s); trying once more", first.getMessage());
            try {
                mailer.send(Mail.withText(to, subject, text));
            } catch (RuntimeException second) {
                metrics.email(false);
                throw second;
            }
        }
        metrics.email(true);
    }
}
