package se.sodertalje.euportal.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.notification.Delivery;
import se.sodertalje.euportal.notification.EmailSender;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.NotificationPreferences;
import se.sodertalje.euportal.notification.Notifications;
import se.sodertalje.euportal.notification.UserLanguages;
import se.sodertalje.euportal.reminder.DeadlineFinder;
import se.sodertalje.euportal.reminder.MailTexts;
import se.sodertalje.euportal.reminder.Recipient;
import se.sodertalje.euportal.reminder.ReminderConfig;
import se.sodertalje.euportal.reminder.ReminderText;

/**
 * Tells a person of something they watch, through their notification preferences: at once (in the
 * portal, and by e-mail once the transaction has committed, so a mail server's failure undoes no
 * import), in the daily digest (queued as a reminder), or not at all. Each (person, record, event)
 * is told once: a re-import or a repeated save tells no one again.
 */
@ApplicationScoped
public class WatchNotices {

    private static final Logger LOG = Logger.getLogger(WatchNotices.class);

    /** What to say: the e-mail subject, the message in both languages and the SPA link. */
    public record Notice(NotificationKind kind, UUID recordId, String event, Instant at, String subjectSv,
            String subjectEn, String messageSv, String messageEn, String link) {
    }

    /** Mails to send after the commit. */
    public record Mails(List<String[]> mails) {
    }

    @Inject
    EntityManager em;

    @Inject
    NotificationPreferences preferences;

    @Inject
    UserLanguages languages;

    @Inject
    Notifications notifications;

    @Inject
    DeadlineFinder finder;

    @Inject
    EmailSender email;

    @Inject
    ReminderConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<Mails> mails;

    /** Tells each recipient once; answers how many were told now (not those told before or who chose OFF). */
    public int tell(Iterable<String> recipients, Notice notice) {
        Map<String, Recipient> users = finder.users();
        Instant now = clock.instant();
        List<String[]> outgoing = new ArrayList<>();
        int told = 0;
        for (String subject : recipients) {
            if (!users.containsKey(subject)) {
                continue;
            }
            int inserted = em.createNativeQuery("""
                    insert into call_watch_notice (recipient_subject, call_id, event, notified_at)
                    values (:s, :r, :e, :now) on conflict do nothing""")
                    .setParameter("s", subject).setParameter("r", notice.recordId()).setParameter("e", notice.event())
                    .setParameter("now", now).executeUpdate();
            if (inserted == 0) {
                continue;
            }
            Delivery delivery = preferences.of(subject, notice.kind());
            if (delivery == Delivery.OFF) {
                continue;
            }
            told++;
            if (delivery == Delivery.DIGEST) {
                em.createNativeQuery("""
                        insert into reminder (id, kind, deadline_id, deadline_at, lead_days, recipient_subject, delivery,
                            message_sv, message_en, link, created_at, delivered_at)
                        values (:id, :kind, :record, :at, 0, :s, 'DIGEST', :sv, :en, :link, :now, null)
                        on conflict do nothing""")
                        .setParameter("id", UUID.randomUUID()).setParameter("kind", notice.kind().name())
                        .setParameter("record", notice.recordId()).setParameter("at", notice.at())
                        .setParameter("s", subject).setParameter("sv", clip(notice.messageSv()))
                        .setParameter("en", clip(notice.messageEn())).setParameter("link", notice.link())
                        .setParameter("now", now).executeUpdate();
                continue;
            }
            notifications.send(subject, notice.kind(), notice.messageSv(), notice.messageEn(), notice.link());
            String address = users.get(subject).email();
            if (address != null && !address.isBlank()) {
                MailTexts.Mail mail = MailTexts.immediate(new ReminderText(notice.subjectSv(), notice.subjectEn(),
                        notice.messageSv(), notice.messageEn()), notice.link(), config.portalBase(),
                        languages.of(subject));
                outgoing.add(new String[] {address, mail.subject(), mail.body()});
            }
        }
        if (!outgoing.isEmpty()) {
            mails.fire(new Mails(outgoing));
        }
        return told;
    }

    /** The notice is in the portal already; a failed e-mail is logged and counted, not retried. */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails committed) {
        for (String[] mail : committed.mails()) {
            try {
                email.send(mail[0], mail[1], mail[2]);
            } catch (RuntimeException e) {
                LOG.warnf("A watch notice e-mail failed: %s", e.getMessage());
            }
        }
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
