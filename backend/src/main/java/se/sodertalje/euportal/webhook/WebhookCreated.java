package se.sodertalje.euportal.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a subscriber: the only time its secret is shown. */
@Schema(name = "WebhookCreated", requiredProperties = {"webhook", "secret"})
public record WebhookCreated(
        WebhookView webhook,
        @Schema(description = "The HMAC-SHA256 key of the signatures; keep it, it is never shown again")
        String secret) {
}
