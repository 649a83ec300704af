package se.sodertalje.euportal.notification;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as its recipient sees it. */
@Schema(requiredProperties = {"id", "kind", "message", "link", "createdAt", "readAt"})
public record NotificationView(UUID id, NotificationKind kind, String message, @Schema(nullable = true) String link,
        Instant createdAt, @Schema(nullable = true, implementation = String.class, format = "date-time") Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.message, n.link, n.createdAt, n.readAt);
    }
}
