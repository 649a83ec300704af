package se.sodertalje.euportal.idea;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The EU-funding screening of an idea, replaced as a whole. The rules that tie the fields together
 * (see {@link ScreeningRules}) answer with field errors like the annotations here.
 */
@Schema(name = "ScreeningRequest")
public record ScreeningRequest(
        @NotNull @Schema(description = "Whether the possibilities of EU funding were investigated") Boolean investigated,
        @Size(max = 1000) @Schema(description = "Programmes considered; each must exist") List<@NotNull UUID> programmeIds,
        @Size(max = 1000) @Schema(description = "Calls considered; each must exist") List<@NotNull UUID> callIds,
        @NotNull ScreeningOutcome outcome,
        @Size(max = 2000) @Schema(description = "Required: why this outcome, or why EU funding was not investigated")
        String reason) {

    public List<UUID> programmeIdsOrEmpty() {
        return programmeIds == null ? List.of() : programmeIds;
    }

    public List<UUID> callIdsOrEmpty() {
        return callIds == null ? List.of() : callIds;
    }
}
