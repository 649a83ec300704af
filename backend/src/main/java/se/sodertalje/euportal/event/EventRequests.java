package se.sodertalje.euportal.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send about events. */
public final class EventRequests {

    private EventRequests() {
    }

    @Schema(name = "EventRequest", description = "Times are local times in Europe/Stockholm.")
    public record EventRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull EventKind kind,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @Size(max = 300) String place,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") String link,
            @NotNull Audience audience,
            @Size(max = 50) List<@NotNull UUID> audienceUnitIds,
            @NotBlank @Size(max = 300) String organiser,
            @Size(max = 10000) String description,
            @Positive @Max(10000) Integer capacity) {
    }

    @Schema(name = "EventGuestRequest", description = "A participant without an account, e.g. an elected official.")
    public record GuestRequest(@NotBlank @Size(max = 255) String name, @NotBlank @Email @Size(max = 320) String email) {
    }

    @Schema(name = "EventAttendanceRequest")
    public record AttendanceRequest(@NotNull Boolean attended) {
    }
}
