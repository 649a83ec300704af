package se.sodertalje.euportal.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.change.RecordType;

/** A subscriber as the API shows it: never its secret. */
@Schema(name = "Webhook", requiredProperties = {"id", "url", "types", "status", "ownerName", "createdAt", "version"})
public record WebhookView(
        UUID id,
        String url,
        @Schema(description = "The kinds of record it gets; empty: every kind")
        List<RecordType> types,
        @Schema(nullable = true)
        String description,
        Webhook.Status status,
        @Schema(nullable = true, description = "Why it was paused (a delivery failed for the whole retry period, or an admin paused it)")
        String pausedReason,
        @Schema(description = "Who is told when it is paused")
        String ownerName,
        Instant createdAt,
        long version) {

    static WebhookView of(Webhook w) {
        return new WebhookView(w.id, w.url, w.recordTypes.stream().map(RecordType::valueOf).toList(), w.description,
                w.status, w.pausedReason, w.ownerName, w.createdAt, w.version);
    }
}
