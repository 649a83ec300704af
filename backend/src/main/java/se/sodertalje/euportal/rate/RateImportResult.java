package se.sodertalje.euportal.rate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rate import did. */
@Schema(requiredProperties = {"rows", "created", "updated", "unchanged"})
public record RateImportResult(
        @Schema(description = "Data rows read") int rows,
        @Schema(description = "Months recorded for the first time") int created,
        @Schema(description = "Months whose rate or source changed") int updated,
        @Schema(description = "Months already recorded with the same rate and source, left as they were") int unchanged) {
}
