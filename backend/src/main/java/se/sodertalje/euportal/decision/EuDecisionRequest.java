package se.sodertalje.euportal.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An EU decision as the office records it. */
@Schema(requiredProperties = {"title", "actReference", "decidedOn", "mainTask", "unitIds", "status"})
public record EuDecisionRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 500) @Schema(description = "A CELEX number (32016R0679) or an http(s) link to the act")
        String actReference,
        @NotNull LocalDate decidedOn,
        @NotNull MainTask mainTask,
        @NotNull @Size(max = 100) List<@NotNull UUID> unitIds,
        @Size(max = 10000) @Schema(nullable = true) String impactAssessment,
        @Size(max = 50) List<@Valid @NotNull Action> actions,
        @NotNull DecisionStatus status) {

    /** An action decided: what, who is responsible, by when, and how far it has come. */
    @Schema(name = "EuDecisionAction", requiredProperties = {"what", "who", "status"})
    public record Action(@NotBlank @Size(max = 500) String what, @NotBlank @Size(max = 200) String who,
            @Schema(nullable = true) LocalDate due, @NotNull ActionStatus status) {
    }
}
