package se.sodertalje.euportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Tells the people who act next that a step was taken: a notice in the portal (in the step's
 * transaction, so it exists exactly when the step does) and, unless they chose OFF for the kind, an
 * e-mail sent once the step is committed, in the background (a mail server that fails or is slow never undoes or
 * holds up the step).
 */
@ApplicationScoped
public class StepNotices {

    private static final Logger LOG = Logger.getLogger(StepNotices.class);

    /** An e-mail to send once the step's transaction has committed. */
    public record StepMail(String to, String subject, String body) {
    }

    @Inject
    Notifications notifications;

    @Inject
    NotificationPreferences preferences;

    @Inject
    CurrentUser user;

    @Inject
    PortalAddress portal;

    @Inject
    EmailSender email;

    @Inject
    Event<StepMail> mails;

    @Inject
    ManagedExecutor executor;

    /**
     * @param recipients user subjects (the caller, who took the step, is left out)
     * @param messageSv the notice in Swedish (as the portal shows notices); @param messageEn the e-mail's English part
     * @param link the SPA path of the record
     */
    public void tell(Collection<String> recipients, NotificationKind kind, String messageSv, String messageEn, String link) {
        Set<String> once = new LinkedHashSet<>(recipients);
        once.remove(user.subject());
        for (String subject : once) {
            notifications.send(subject, kind, messageSv, link);
            UserProfile profile = UserProfile.findById(subject);
            if (profile != null && profile.email != null && !profile.email.isBlank()
                    && preferences.of(subject, kind) != Delivery.OFF) {
                String url = portal.base() + link;
                mails.fire(new StepMail(profile.email, "EU-portalen: " + messageSv, messageSv + "\nÖppna i EU-portalen: "
                        + url + "\n\n" + messageEn + "\nOpen in the EU Project Portal: " + url + "\n\n-- \n"
                        + "Välj hur du får sådana meddelanden / choose how you get such messages: " + portal.base()
                        + "/notifications\n"));
            }
        }
    }

    /** After the commit, and off the request's thread: the one who took the step does not wait for the mail server. */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) StepMail mail) {
        executor.runAsync(() -> {
            try {
                email.send(mail.to(), mail.subject(), mail.body());
            } catch (RuntimeException e) {
                LOG.warnf(e, "The e-mail of a step failed; the notice in the portal stands");
            }
        });
    }
}
