package se.sodertalje.euportal.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.change.Change;
import se.sodertalje.euportal.change.ChangeFeed;
import se.sodertalje.euportal.change.ChangePage;
import se.sodertalje.euportal.change.RecordType;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.notification.EmailSender;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.Notifications;
import se.sodertalje.euportal.notification.UserLanguages;
import se.sodertalje.euportal.ops.PortalMetrics;

/**
 * Turns the changes feed into deliveries and sends them. Every backend instance runs this (scheduled); the
 * database decides who does what, so nothing goes out twice:
 * <ul>
 * <li>fan-out: a subscriber's row is locked FOR UPDATE SKIP LOCKED while its new changes become delivery rows
 * and its position moves on, so one instance fans out each change once;</li>
 * <li>sending: each delivery is claimed FOR UPDATE SKIP LOCKED and stays locked while it is POSTed and its
 * answer recorded, in one transaction; another instance skips it, and re-checks its status when it is free.
 * A delivery waits while an earlier one of the same record to the same subscriber is pending (in order
 * per record).</li>
 * </ul>
 * A refused or unanswered delivery is tried again after a doubling wait (euportal.webhooks.backoff-*) until
 * it is euportal.webhooks.retry-for old (a day); then it is given up, the subscriber paused and its owner
 * told in the portal and by e-mail. Resuming it (PUT active=true) sends what waited, in order.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_PAGE = 500;
    private static final int MAX_SENDS_PER_RUN = 200;

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed feed;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    UserLanguages languages;

    @Inject
    EmailSender email;

    @Inject
    PortalMetrics metrics;

    @ConfigProperty(name = "euportal.webhooks.backoff-initial", defaultValue = "30s")
    Duration backoffInitial;

    @ConfigProperty(name = "euportal.webhooks.backoff-max", defaultValue = "1h")
    Duration backoffMax;

    @ConfigProperty(name = "euportal.webhooks.retry-for", defaultValue = "24h")
    Duration retryFor;

    @ConfigProperty(name = "euportal.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "euportal.reminders.portal-url", defaultValue = "http://localhost:5173")
    String portalUrl;

    /** Sent and given-up deliveries (with their attempts) are kept this long for GET …/deliveries, then deleted. */
    @ConfigProperty(name = "euportal.webhooks.keep", defaultValue = "30d")
    Duration keep;

    private volatile Instant lastPurge = Instant.EPOCH;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "${euportal.webhooks.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "10s")
    void scheduled() {
        try {
            if (clock.instant().isAfter(lastPurge.plus(Duration.ofHours(1)))) {
                lastPurge = clock.instant();
                purge();
            }
            runOnce();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook run failed; the next run tries again");
        }
    }

    /** One run: fan out new changes to every active subscriber, then send what is due. The number sent. */
    public int runOnce() {
        fanOut();
        int sent = 0;
        while (sent < MAX_SENDS_PER_RUN && sendOne()) {
            sent++;
        }
        backlog();
        return sent;
    }

    /** What waits for active subscribers (a paused one's owner was told), for the operators' gauges and alert. */
    private void backlog() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select count(*), coalesce(extract(epoch from (:now - min(d.created_at))), 0) from webhook_delivery d"
                        + " join webhook w on w.id = d.webhook_id where d.status = 'PENDING' and w.status = 'ACTIVE'")
                .setParameter("now", clock.instant()).getSingleResult());
        metrics.webhookBacklog(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Deletes the finished deliveries older than euportal.webhooks.keep; pending ones stay whatever their age. */
    public int purge() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from webhook_delivery"
                + " where status <> 'PENDING' and created_at < :before")
                .setParameter("before", clock.instant().minus(keep)).executeUpdate());
    }

    /** Makes the deliveries of every change committed since each active subscriber's position. */
    public void fanOut() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from webhook where status = 'ACTIVE'").getResultList());
        for (UUID id : ids) {
            boolean more = true;
            while (more) {
                more = QuarkusTransaction.requiringNew().call(() -> fanOutPage(id));
            }
        }
    }

    private boolean fanOutPage(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("select fanned_out_to, cast(record_types as text) from webhook"
                + " where id = :id and status = 'ACTIVE' for update skip locked").setParameter("id", id).getResultList();
        if (locked.isEmpty()) {
            return false; // another instance is at it, or it was paused or deleted meanwhile
        }
        long from = ((Number) locked.get(0)[0]).longValue();
        List<RecordType> types = types((String) locked.get(0)[1]);
        ChangePage page = feed.read(Long.toString(from), FAN_OUT_PAGE, Optional.empty(), types);
        Instant now = clock.instant();
        for (Change change : page.items()) {
            em.createNativeQuery("insert into webhook_delivery (webhook_id, change_position, record_id, body, status,"
                            + " next_attempt_at, created_at) values (:webhook, :position, :record, :body, 'PENDING', :now, :now)"
                            + " on conflict do nothing")
                    .setParameter("webhook", id).setParameter("position", Long.parseLong(change.cursor()))
                    .setParameter("record", change.id()).setParameter("body", body(id, change))
                    .setParameter("now", now).executeUpdate();
        }
        em.createNativeQuery("update webhook set fanned_out_to = :to where id = :id")
                .setParameter("to", Long.parseLong(page.next())).setParameter("id", id).executeUpdate();
        return page.more();
    }

    private List<RecordType> types(String jsonArray) {
        try {
            return List.of(json.readValue(jsonArray, RecordType[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook.record_types is not a JSON array of record types", e);
        }
    }

    /** The body of a delivery: the subscriber and the change as the feed shows it. Signed as sent. */
    private String body(UUID webhookId, Change change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("webhookId", webhookId);
        body.put("change", change);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims one due delivery (none other instance holds), sends it and records the answer. False: none due. */
    public boolean sendOne() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select d.id, d.webhook_id, d.body, d.attempts, d.created_at,"
                    + " w.url, w.secret from webhook_delivery d join webhook w on w.id = d.webhook_id"
                    + " where d.status = 'PENDING' and d.next_attempt_at <= :now and w.status = 'ACTIVE'"
                    + " and not exists (select 1 from webhook_delivery e where e.webhook_id = d.webhook_id"
                    + " and e.record_id = d.record_id and e.status = 'PENDING' and e.id < d.id)"
                    + " order by d.next_attempt_at, d.id limit 1 for update of d skip locked")
                    .setParameter("now", clock.instant()).getResultList();
            if (rows.isEmpty()) {
                return false;
            }
            Object[] row = rows.get(0);
            send(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    WebhookService.instant(row[4]), (String) row[5], (String) row[6]);
            return true;
        });
    }

    private void send(long deliveryId, UUID webhookId, String body, int attempts, Instant createdAt, String url,
            String secret) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        Integer status = null;
        String answer = null;
        String error = null;
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "euportal-webhooks/1")
                    .header(WebhookSignature.DELIVERY_HEADER, Long.toString(deliveryId))
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = cut(response.body(), 2000);
        } catch (IOException | IllegalArgumentException e) {
            error = cut(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int durationMs = (int) ((System.nanoTime() - started) / 1_000_000);
        em.createNativeQuery("insert into webhook_attempt (delivery_id, attempted_at, status_code, response_body, error,"
                        + " duration_ms) values (:delivery, :at, :status, :answer, :error, :duration)")
                .unwrap(NativeQuery.class)
                .setParameter("delivery", deliveryId).setParameter("at", at)
                .setParameter("status", status, StandardBasicTypes.INTEGER)
                .setParameter("answer", answer, StandardBasicTypes.STRING)
                .setParameter("error", error, StandardBasicTypes.STRING)
                .setParameter("duration", durationMs).executeUpdate();
        int tried = attempts + 1;
        if (status != null && status >= 200 && status < 300) {
            em.createNativeQuery("update webhook_delivery set status = 'SENT', attempts = :tried, sent_at = :at where id = :id")
                    .setParameter("tried", tried).setParameter("at", at).setParameter("id", deliveryId).executeUpdate();
            metrics.webhookAttempt("sent", started);
            return;
        }
        if (!at.isBefore(createdAt.plus(retryFor))) {
            em.createNativeQuery("update webhook_delivery set status = 'FAILED', attempts = :tried where id = :id")
                    .setParameter("tried", tried).setParameter("id", deliveryId).executeUpdate();
            metrics.webhookAttempt("given_up", started);
            pause(webhookId, deliveryId, url, status, error);
            return;
        }
        em.createNativeQuery("update webhook_delivery set attempts = :tried, next_attempt_at = :next where id = :id")
                .setParameter("tried", tried).setParameter("next", at.plus(backoff(tried)))
                .setParameter("id", deliveryId).executeUpdate();
        metrics.webhookAttempt("retried", started);
    }

    /** The wait after the n-th failed attempt: the initial wait doubled n-1 times, at most the maximum. */
    Duration backoff(int failedAttempts) {
        Duration wait = backoffInitial;
        for (int i = 1; i < failedAttempts && wait.compareTo(backoffMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private void pause(UUID webhookId, long deliveryId, String url, Integer status, String error) {
        String why = "Delivery " + deliveryId + " failed for " + retryFor.toHours() + " h (last answer: "
                + (status != null ? "HTTP " + status : error) + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> owner = em.createNativeQuery("update webhook set status = 'PAUSED', paused_reason = :why,"
                        + " version = version + 1 where id = :id returning owner_subject, owner_email")
                .setParameter("why", cut(why, 500)).setParameter("id", webhookId).getResultList();
        if (owner.isEmpty()) {
            return;
        }
        String message = "Webhook to " + cut(url, 300) + " was paused: " + why
                + ". Fix the receiver, then resume it (PUT /api/v1/webhooks/" + webhookId + " with active=true).";
        String messageSv = "Webhooken till " + cut(url, 300) + " pausades: leveransen " + deliveryId + " misslyckades under "
                + retryFor.toHours() + " h (senaste svar: " + (status != null ? "HTTP " + status : error)
                + "). Rätta mottagaren och återuppta den sedan (PUT /api/v1/webhooks/" + webhookId + " med active=true).";
        String ownerSubject = (String) owner.get(0)[0];
        LOG.warnf("Webhook %s paused: %s", webhookId, why);
        notifications.send(ownerSubject, NotificationKind.WEBHOOK_PAUSED, cut(messageSv, 1000), cut(message, 1000),
                "/api/v1/webhooks/" + webhookId);
        String to = (String) owner.get(0)[1];
        if (to != null && !to.isBlank()) {
            try {
                Language language = languages.of(ownerSubject);
                email.send(to, language.pick("EU-portalen: webhook pausad", "EU Project Portal: webhook paused"),
                        language.pick(messageSv, message) + "\n\n" + portalUrl);
            } catch (RuntimeException e) {
                // The pause and the portal notice stand; the e-mail is a courtesy.
                LOG.warnf("Could not e-mail %s about webhook %s: %s", to, webhookId, e.getMessage());
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
