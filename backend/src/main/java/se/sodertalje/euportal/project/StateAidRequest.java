package se.sodertalje.euportal.project;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether state aid rules apply to the project (its records are then kept 10 years, not 5). */
@Schema(requiredProperties = {"stateAid"})
public record StateAidRequest(@NotNull Boolean stateAid) {
}
