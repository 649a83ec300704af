package se.sodertalje.euportal.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.notification.Delivery;
import se.sodertalje.euportal.notification.EmailSender;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.NotificationPreferences;
import se.sodertalje.euportal.notification.Notifications;
import se.sodertalje.euportal.notification.UserLanguages;
import se.sodertalje.euportal.ops.PortalMetrics;

/**
 * Reminds the team of coming deadlines. Safe with several instances: each reminder is a row with a
 * unique key, inserted with ON CONFLICT DO NOTHING in the transaction that delivers it, so only the
 * instance whose insert wins delivers; the digest claims its queued rows with one UPDATE, so each
 * goes out once. A failed e-mail undoes its transaction, and the next run tries again.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    /** What one run did. */
    public record Run(int immediate, int queued, int failed) {
    }

    @Inject
    DeadlineFinder finder;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Notifications notifications;

    @Inject
    UserLanguages languages;

    @Inject
    EmailSender email;

    @Inject
    PortalMetrics metrics;

    @Inject
    ReminderConfig config;

    @Inject
    EntityManager em;

    /** Records and delivers the reminders due as of {@code now}; those already recorded are left alone. */
    public Run runReminders(Instant now) {
        LocalDate today = now.atZone(Clocks.STOCKHOLM).toLocalDate();
        record Due(Deadline deadline, int lead, Recipient recipient, Delivery delivery) {
        }
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Recipient> users = finder.users();
            List<Due> found = new ArrayList<>();
            for (Deadline deadline : finder.upcoming(now, config.longestLead())) {
                OptionalInt lead = ReminderRules.dueLead(today, deadline.day(), deadline.leadDays(config));
                if (lead.isEmpty()) {
                    continue;
                }
                for (String subject : ReminderRules.recipients(deadline.team(), deadline.unitCode(), users)) {
                    Delivery delivery = preferences.of(subject, deadline.kind());
                    if (delivery != Delivery.OFF) {
                        found.add(new Due(deadline, lead.getAsInt(), users.get(subject), delivery));
                    }
                }
            }
            return found;
        });
        int immediate = 0;
        int queued = 0;
        int failed = 0;
        for (Due d : due) {
            long daysLeft = ChronoUnit.DAYS.between(today, d.deadline().day());
            try {
                boolean recorded = QuarkusTransaction.requiringNew().call(
                        () -> recordAndDeliver(d.deadline(), d.lead(), daysLeft, d.recipient(), d.delivery(), now));
                if (recorded && d.delivery() == Delivery.IMMEDIATE) {
                    immediate++;
                } else if (recorded) {
                    queued++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "Reminder %s (%d days) to %s failed; the next run tries again", d.deadline().key(),
                        d.lead(), d.recipient().subject());
            }
        }
        metrics.reminders(immediate, queued, failed);
        return new Run(immediate, queued, failed);
    }

    /** Sends each user with queued reminders one e-mail listing them (and each in the portal); answers the mails sent. */
    @SuppressWarnings("unchecked")
    public int runDigest(Instant now) {
        List<String> subjects = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct recipient_subject from reminder where delivered_at is null order by 1")
                .getResultList());
        Set<String> open = QuarkusTransaction.requiringNew().call(() -> finder.upcoming(now, config.longestLead())
                .stream().map(Deadline::key).collect(Collectors.toSet()));
        int sent = 0;
        int failed = 0;
        for (String subject : subjects) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> digest(subject, open, now))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "Digest to %s failed; the next run tries again", subject);
            }
        }
        metrics.digests(sent, failed);
        return sent;
    }

    private boolean recordAndDeliver(Deadline deadline, int lead, long daysLeft, Recipient recipient, Delivery delivery,
            Instant now) {
        ReminderText text = deadline.text(daysLeft);
        int inserted = em.createNativeQuery("""
                insert into reminder (id, kind, deadline_id, deadline_at, lead_days, recipient_subject, delivery,
                    message_sv, message_en, link, created_at, delivered_at)
                values (:id, :kind, :deadlineId, :deadlineAt, :lead, :subject, :delivery, :sv, :en, :link, :now,
                    case when cast(:delivery as text) = 'IMMEDIATE' then cast(:now as timestamptz) end)
                on conflict (kind, deadline_id, deadline_at, lead_days, recipient_subject) do nothing
                """)
                .setParameter("id", UUID.randomUUID()).setParameter("kind", deadline.kind().name())
                .setParameter("deadlineId", deadline.id()).setParameter("deadlineAt", deadline.at())
                .setParameter("lead", lead).setParameter("subject", recipient.subject())
                .setParameter("delivery", delivery.name()).setParameter("sv", text.messageSv())
                .setParameter("en", text.messageEn()).setParameter("link", deadline.link()).setParameter("now", now)
                .executeUpdate();
        if (inserted == 0 || delivery != Delivery.IMMEDIATE) {
            return inserted > 0;
        }
        notifications.send(recipient.subject(), deadline.kind(), text.messageSv(), text.messageEn(), deadline.link());
        if (hasEmail(recipient)) {
            MailTexts.Mail mail = MailTexts.immediate(text, deadline.link(), config.portalBase(),
                    languages.of(recipient.subject()));
            email.send(recipient.email(), mail.subject(), mail.body());
        }
        return true;
    }

    /** Claims the user's queued reminders (another instance's claim blocks, then finds none) and sends them. */
    @SuppressWarnings("unchecked")
    private boolean digest(String subject, Set<String> open, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                with claimed as (
                    update reminder set delivered_at = :now
                    where recipient_subject = :subject and delivered_at is null
                    returning id, kind, deadline_id, deadline_at, message_sv, message_en, link
                )
                select id, kind, deadline_id, deadline_at, message_sv, message_en, link from claimed
                order by deadline_at, kind, id""")
                .setParameter("now", now).setParameter("subject", subject).getResultList();
        // Deadlines that passed, moved, or whose reports were handed in since are dropped (watch notices are news: kept).
        List<QueuedReminder> items = rows.stream().map(ReminderService::queued)
                .filter(item -> !NotificationKind.REMINDERS.contains(item.kind()) || open.contains(item.deadlineKey()))
                .toList();
        if (items.isEmpty()) {
            return false;
        }
        items.forEach(item -> notifications.send(subject, item.kind(), item.messageSv(), item.messageEn(), item.link()));
        Recipient recipient = finder.users().get(subject);
        if (recipient == null || !hasEmail(recipient)) {
            return false;
        }
        MailTexts.Mail mail = MailTexts.digest(items, config.portalBase(), languages.of(subject));
        email.send(recipient.email(), mail.subject(), mail.body());
        return true;
    }

    private static QueuedReminder queued(Object[] row) {
        return new QueuedReminder(uuid(row[0]), NotificationKind.valueOf((String) row[1]), uuid(row[2]),
                instant(row[3]), (String) row[4], (String) row[5], (String) row[6]);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static boolean hasEmail(Recipient recipient) {
        return recipient.email() != null && !recipient.email().isBlank();
    }
}
