package se.sodertalje.euportal.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.Language;

/** A notification as its recipient sees it: the message in the recipient's language. */
@Schema(requiredProperties = {"id", "kind", "message", "link", "createdAt", "readAt"})
public record NotificationView(UUID id, NotificationKind kind, String message, @Schema(nullable = true) String link,
        Instant createdAt, @Schema(nullable = true, implementation = String.class, format = "date-time") Instant readAt) {

    static NotificationView of(Notification n, Language language) {
        String message = language == Language.EN && n.messageEn != null ? n.messageEn : n.message;
        return new NotificationView(n.id, n.kind, message, n.link, n.createdAt, n.readAt);
    }
}
