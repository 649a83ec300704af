package se.sodertalje.euportal.idea;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to record or replace a project idea (the screening has its own request). */
@Schema(name = "IdeaRequest")
public record IdeaRequest(
        @NotNull UUID unitId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Schema(description = "SEK, at least 0, at most two decimals")
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal estimatedCost,
        LocalDate startDate,
        @Schema(description = "Not before startDate") LocalDate endDate) {
}
