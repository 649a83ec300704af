package se.sodertalje.euportal.watch;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;

/** What to watch. unitId: a unit's watch (kept by its coordinator or the office); none: the caller's own. */
@Schema(requiredProperties = {"name"})
public record CallWatchRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, description = "The unit whose watch this is; leave out for a personal watch") UUID unitId,
        @Size(max = 20) @Schema(description = "Any of these words in a call's identifier, title, description or topics")
        List<@NotBlank @Size(max = 100) String> words,
        @Size(max = 50) List<@NotNull UUID> programmeIds,
        @Size(max = 20) List<@NotNull Fund> funds,
        @Size(max = 20) List<@NotNull ApplicantType> applicantTypes,
        @Schema(nullable = true, description = "Least EU contribution per grant in EUR; calls stating no maximum pass")
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal minGrant) {
}
