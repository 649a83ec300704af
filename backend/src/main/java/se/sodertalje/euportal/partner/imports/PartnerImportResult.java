package se.sodertalje.euportal.partner.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a register import did. */
@Schema(requiredProperties = {"format", "rows", "created", "updated", "participations"})
public record PartnerImportResult(
        @Schema(description = "REGISTER (the export's columns) or CORDIS") String format,
        @Schema(description = "Data rows read") int rows,
        @Schema(description = "Organisations added to the register") int created,
        @Schema(description = "Organisations already in the register (same PIC, VAT number or name in the same "
                + "country) that were updated") int updated,
        @Schema(description = "Projects recorded in the organisations' cooperation history") int participations) {
}
