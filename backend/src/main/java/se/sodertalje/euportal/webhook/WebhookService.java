package se.sodertalje.euportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.change.RecordType;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;

/** Admins keep the subscribers; the deliveries are the dispatcher's ({@link WebhookDispatcher}). */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_SECRET_LENGTH = 24;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<WebhookView> list() {
        return Webhook.<Webhook>list("order by createdAt, id").stream().map(WebhookView::of).toList();
    }

    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    @Transactional
    public WebhookCreated create(WebhookRequest request) {
        String url = checkedUrl(request.url());
        String secret = request.secret() == null || request.secret().isEmpty() ? newSecret() : checkedSecret(request.secret());
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.url = url;
        w.recordTypes = names(request.types());
        w.description = request.description();
        w.secret = secret;
        w.status = Boolean.FALSE.equals(request.active()) ? Webhook.Status.PAUSED : Webhook.Status.ACTIVE;
        w.pausedReason = w.status == Webhook.Status.PAUSED ? "Paused by " + user.displayName() : null;
        // From now on: every change committed before this one is already numbered (see V48__change_feed.sql).
        w.fannedOutTo = ((Number) em.createNativeQuery("select coalesce(max(position), 0) from change_log")
                .getSingleResult()).longValue();
        w.ownerSubject = user.subject();
        w.ownerName = user.displayName();
        w.ownerEmail = user.email();
        w.createdAt = clock.instant();
        w.persist();
        em.flush();
        return new WebhookCreated(WebhookView.of(w), secret);
    }

    @Transactional
    public WebhookView update(UUID id, String ifMatch, WebhookRequest request) {
        Webhook w = find(id);
        ETags.requireMatch(ifMatch, w.version);
        if (request.secret() != null) {
            throw new ApiProblem(400, ProblemCode.WEBHOOK_002, "Invalid request", "The secret is set once, at creation; create a "
                    + "new subscriber for a new secret", List.of(new FieldError("secret", "cannot be changed", ProblemCode.WEBHOOK_002)));
        }
        w.url = checkedUrl(request.url());
        w.recordTypes = names(request.types());
        w.description = request.description();
        if (Boolean.TRUE.equals(request.active()) && w.status == Webhook.Status.PAUSED) {
            w.status = Webhook.Status.ACTIVE;
            w.pausedReason = null;
        } else if (Boolean.FALSE.equals(request.active()) && w.status == Webhook.Status.ACTIVE) {
            w.status = Webhook.Status.PAUSED;
            w.pausedReason = "Paused by " + user.displayName();
        }
        em.flush();
        return WebhookView.of(w);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook w = find(id);
        ETags.requireMatch(ifMatch, w.version);
        w.delete();
    }

    /** The subscriber's deliveries, newest first, each with its attempts. */
    public List<DeliveryView> deliveries(UUID id, DeliveryView.Status status, int limit) {
        find(id);
        jakarta.persistence.Query query = em.createNativeQuery("select d.id, d.change_position, d.record_id, d.status,"
                        + " d.attempts, d.created_at, d.next_attempt_at, d.sent_at, d.body from webhook_delivery d"
                        + " where d.webhook_id = :id" + (status == null ? "" : " and d.status = :status")
                        + " order by d.id desc limit :limit")
                .setParameter("id", id).setParameter("limit", limit);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeliveryView.Attempt>> attempts = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> tries = em.createNativeQuery("select a.delivery_id, a.attempted_at, a.status_code, a.response_body,"
                        + " a.error, a.duration_ms from webhook_attempt a where a.delivery_id in (:ids) order by a.id")
                .setParameter("ids", ids).getResultList();
        for (Object[] t : tries) {
            attempts.computeIfAbsent(((Number) t[0]).longValue(), k -> new ArrayList<>()).add(new DeliveryView.Attempt(
                    instant(t[1]), t[2] == null ? null : ((Number) t[2]).intValue(), (String) t[3], (String) t[4],
                    ((Number) t[5]).intValue()));
        }
        return rows.stream().map(r -> new DeliveryView(((Number) r[0]).longValue(), r[1].toString(), (UUID) r[2],
                DeliveryView.Status.valueOf((String) r[3]), ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]),
                instant(r[7]), (String) r[8], attempts.getOrDefault(((Number) r[0]).longValue(), List.of()))).toList();
    }

    private static Webhook find(UUID id) {
        Webhook w = Webhook.findById(id);
        if (w == null) {
            throw ApiProblem.notFound("Webhook " + id);
        }
        return w;
    }

    /** Absolute http(s) URLs only: a subscriber is a web server, nothing else (no file:, no relative paths). */
    static String checkedUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ApiProblem(400, ProblemCode.WEBHOOK_001, "Invalid request", "The subscriber's URL must be an absolute http or "
                + "https URL without user name or fragment", List.of(new FieldError("url", "not an absolute http(s) URL",
                ProblemCode.WEBHOOK_001)));
    }

    private static String checkedSecret(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH || secret.isBlank()) {
            throw new ApiProblem(400, ProblemCode.WEBHOOK_002, "Invalid request", "A signing secret needs at least "
                    + MIN_SECRET_LENGTH + " characters", List.of(new FieldError("secret", "at least " + MIN_SECRET_LENGTH
                    + " characters", ProblemCode.WEBHOOK_002, Map.of("min", MIN_SECRET_LENGTH))))
                    .with(Map.of("min", MIN_SECRET_LENGTH));
        }
        return secret;
    }

    /** 32 random bytes, URL-safe Base64: 256 bits, the HMAC-SHA256 block's worth. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> names(List<RecordType> types) {
        return types == null ? new ArrayList<>() : new ArrayList<>(types.stream().distinct().map(Enum::name).toList());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
