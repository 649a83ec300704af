package se.sodertalje.euportal.twintown;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cooperation activity as logged or corrected. */
@Schema(name = "TwinTownActivityRequest", requiredProperties = {"kind", "title", "startsOn"})
public record ActivityRequest(@NotNull ActivityKind kind, @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate startsOn, @Schema(nullable = true) LocalDate endsOn,
        @Size(max = 50) @Schema(nullable = true, description = "The municipality's units involved") List<@NotNull UUID> unitIds,
        @Size(max = 10000) @Schema(nullable = true) String outcome) {
}
