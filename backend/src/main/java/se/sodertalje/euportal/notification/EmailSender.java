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
 * failed send is tried twice more at once: an SMTP server that closed a connection the client still
 * held answers an attempt with 421, and a fresh connection then succeeds. Twice, because the mail
 * client now and then hands out another such connection on the second attempt (a digest failed so
 * in CI, and a failed digest waits a day for the next morning's run).
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final int ATTEMPTS = 3;

    @Inject
    Mailer mailer;

    @Inject
    PortalMetrics metrics;

    /** Logs no address (personal data); the failure counts in euportal_emails_total{outcome="failed"}. */
    public void send(String to, String subject, String text) {
        for (int attempt = 1;; attempt++) {
            try {
                mailer.send(Mail.withText(to, subject, text));
                break;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    metrics.email(false);
                    throw e;
                }
                LOG.infof("Sending an e-mail failed (%s); attempt %d of %d follows", e.getMessage(), attempt + 1,
                        ATTEMPTS);
            }
        }
        metrics.email(true);
    }
}
