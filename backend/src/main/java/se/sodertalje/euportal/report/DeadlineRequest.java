package se.sodertalje.euportal.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period's report deadline as the funder set it. */
@Schema(requiredProperties = {"reportDue"})
public record DeadlineRequest(@NotNull @Schema(implementation = String.class, format = "date") LocalDate reportDue) {
}
