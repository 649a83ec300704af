package se.sodertalje.euportal.twintown;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A twin town as created or replaced. */
@Schema(requiredProperties = {"organisationId", "name", "agreementKind"})
public record TwinTownRequest(@NotNull @Schema(description = "Its organisation in the partner register") UUID organisationId,
        @NotBlank @Size(max = 200) String name, @NotNull AgreementKind agreementKind,
        @Schema(nullable = true) LocalDate signedOn, @Schema(nullable = true) LocalDate renewedOn,
        @Size(max = 10000) @Schema(nullable = true) String notes,
        @Size(max = 50) @Schema(nullable = true) List<@Valid @NotNull TwinTownContact> contacts) {
}
