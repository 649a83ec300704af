package se.sodertalje.euportal.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.change.RecordType;

/** A subscriber as an admin creates or changes it. */
@Schema(name = "WebhookRequest", requiredProperties = {"url"})
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Where each change is POSTed: an absolute http or https URL", example = "https://archive.example.se/euportal/hook")
        String url,
        @Schema(description = "The kinds of record wanted; empty or absent: every kind")
        List<RecordType> types,
        @Size(max = 500)
        @Schema(nullable = true)
        String description,
        @Size(max = 200)
        @Schema(nullable = true, description = "Creation only: the signing secret, at least 24 characters; absent: the "
                + "portal makes one. Never returned after creation")
        String secret,
        @Schema(nullable = true, description = "Change only: false pauses the subscriber, true resumes a paused one "
                + "(its waiting deliveries go out in order)")
        Boolean active) {
}
