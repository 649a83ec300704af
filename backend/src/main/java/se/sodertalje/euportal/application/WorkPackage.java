package se.sodertalje.euportal.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A work package of an application with its activities and deliverables. */
@Schema(requiredProperties = {"title", "description", "activities", "deliverables"})
public record WorkPackage(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 500) String> activities,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 500) String> deliverables) {
}
