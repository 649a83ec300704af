package se.sodertalje.euportal.readiness;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's readiness for its caller: the next steps (empty when its lifecycle has ended). */
@Schema(requiredProperties = {"status", "nextSteps"})
public record Readiness(
        @Schema(description = "The record's status now") String status,
        List<NextStep> nextSteps) {
}
