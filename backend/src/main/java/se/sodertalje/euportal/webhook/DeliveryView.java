package se.sodertalje.euportal.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change sent (or to be sent) to a subscriber, with every attempt and the subscriber's answers. */
@Schema(name = "WebhookDelivery", requiredProperties = {"id", "cursor", "recordId", "status", "attempts", "createdAt",
        "nextAttemptAt", "body", "tries"})
public record DeliveryView(
        @Schema(description = "Sent as the X-Euportal-Delivery header")
        long id,
        @Schema(description = "The change's cursor in the feed")
        String cursor,
        UUID recordId,
        Status status,
        int attempts,
        Instant createdAt,
        @Schema(description = "When it is tried next (while PENDING)")
        Instant nextAttemptAt,
        @Schema(nullable = true)
        Instant sentAt,
        @Schema(description = "The JSON body POSTed, exactly as signed")
        String body,
        List<Attempt> tries) {

    @Schema(name = "WebhookDeliveryStatus")
    public enum Status {
        PENDING, SENT, FAILED
    }

    @Schema(name = "WebhookAttempt", requiredProperties = {"at", "durationMs"})
    public record Attempt(
            Instant at,
            @Schema(nullable = true, description = "The subscriber's HTTP status; absent when no answer came")
            Integer statusCode,
            @Schema(nullable = true, description = "The start of the subscriber's answer (at most 2000 characters)")
            String responseBody,
            @Schema(nullable = true, description = "Why no answer came (timeout, connection refused)")
            String error,
            int durationMs) {
    }
}
