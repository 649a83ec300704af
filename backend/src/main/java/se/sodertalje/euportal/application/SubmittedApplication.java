package se.sodertalje.euportal.application;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The application as it was submitted, with the SHA-256 of its canonical JSON. */
@Schema(requiredProperties = {"submittedAt", "sha256", "content"})
public record SubmittedApplication(Instant submittedAt, String sha256, ApplicationContent content) {
}
