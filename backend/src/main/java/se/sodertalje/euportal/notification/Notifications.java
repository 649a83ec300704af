package se.sodertalje.euportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.security.CurrentUser;

/** Sends in-app notifications and lets each user read their own. */
@ApplicationScoped
public class Notifications {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    UserLanguages languages;

    /**
     * Joins the caller's transaction: the notice exists exactly when what it tells of happened. Both texts are
     * kept; the recipient reads the one in their language (of the moment they read it).
     */
    @Transactional
    public void send(String recipientSubject, NotificationKind kind, String messageSv, String messageEn, String link) {
        Notification notification = new Notification();
        notification.recipientSubject = recipientSubject;
        notification.kind = kind;
        notification.message = messageSv;
        notification.messageEn = messageEn;
        notification.link = link;
        notification.createdAt = clock.instant();
        notification.persist();
    }

    public List<NotificationView> mine(boolean unreadOnly) {
        String query = unreadOnly ? "recipientSubject = ?1 and readAt is null order by createdAt desc, id"
                : "recipientSubject = ?1 order by createdAt desc, id";
        Language language = languages.of(user.subject());
        return Notification.<Notification>find(query, user.subject()).page(0, 200).list().stream()
                .map(n -> NotificationView.of(n, language)).toList();
    }

    @Transactional
    public NotificationView markRead(UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipientSubject.equals(user.subject())) {
            throw ApiProblem.notFound("Notification " + id);
        }
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return NotificationView.of(notification, languages.of(user.subject()));
    }
}
