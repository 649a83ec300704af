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
import se.sodertalje.euportal.common.Language;
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
    UserLanguages languages;

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
     * @param messageSv the notice in Swedish; @param messageEn in English (each recipient reads and gets mail in theirs)
     * @param link the SPA path of the record
     */
    public void tell(Collection<String> recipients, NotificationKind kind, String messageSv, String messageEn, String link) {
        Set<String> once = new LinkedHashSet<>(recipients);
        once.remove(user.subject());
        for (String subject : once) {
            notifications.send(subject, kind, messageSv, messageEn, link);
            UserProfile profile = UserProfile.findById(subject);
            if (profile != null && profile.email != null && !profile.email.isBlank()
                    && preferences.of(subject, kind) != Delivery.OFF) {
                Language language = languages.of(subject);
                String message = language.pick(messageSv, messageEn);
                mails.fire(new StepMail(profile.email, language.pick("EU-portalen: ", "EU Project Portal: ") + message,
                        message + "\n" + language.pick("Öppna i EU-portalen: ", "Open in the EU Project Portal: ")
                        + portal.base() + link + "\n\n-- \n"
                        + language.pick("Välj hur du får sådana meddelanden och på vilket språk: ",
                                "Choose how you get such messages and in which language: ")
                        + portal.base() + "/notifications\n"));
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
