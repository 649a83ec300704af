package se.sodertalje.euportal.externalnetwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A network meeting as recorded or corrected. */
@Schema(name = "ExternalNetworkMeetingRequest", requiredProperties = {"heldOn", "title"})
public record MeetingRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String title,
        @Size(max = 300) @Schema(nullable = true) String place,
        @Size(max = 10000) @Schema(nullable = true, description = "What the office brought back") String broughtBack) {
}
