package se.sodertalje.euportal.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.audit.Actor;

/** What the API answers about events. */
public final class EventViews {

    private EventViews() {
    }

    @Schema(name = "EventUnitRef", requiredProperties = {"id", "code", "name"})
    public record UnitRef(UUID id, String code, String name) {
    }

    @Schema(name = "EventView", requiredProperties = {"id", "title", "kind", "startsAt", "endsAt", "timeZone", "audience",
            "audienceUnits", "organiser", "registered", "waiting", "materials", "createdBy", "version"})
    public record EventView(UUID id, String title, EventKind kind,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            @Schema(example = "Europe/Stockholm") String timeZone,
            @Schema(nullable = true) String place, @Schema(nullable = true) String link, Audience audience,
            List<UnitRef> audienceUnits, String organiser, @Schema(nullable = true) String description,
            @Schema(nullable = true, description = "Seats; none means no limit") Integer capacity,
            @Schema(description = "Seats taken") long registered,
            @Schema(description = "On the waiting list") long waiting,
            @Schema(nullable = true, description = "Seats left; none when there is no limit") Long seatsLeft,
            @Schema(nullable = true, description = "The caller's own registration, if any") RegistrationStatus myStatus,
            @Schema(nullable = true, description = "The caller's place on the waiting list (1 is next)") Integer myPosition,
            List<AttachmentView> materials, Actor createdBy, long version) {
    }

    @Schema(name = "EventRegistrationView", requiredProperties = {"id", "eventId", "name", "guest", "status",
            "registeredBy", "version"})
    public record RegistrationView(UUID id, UUID eventId, @Schema(nullable = true) String userSubject, String name,
            @Schema(nullable = true) String email, boolean guest, RegistrationStatus status,
            @Schema(nullable = true, description = "Place on the waiting list (1 is next)") Integer position,
            @Schema(nullable = true, description = "Recorded after the event") Boolean attended, Actor registeredBy,
            long version) {
    }

    @Schema(name = "EventNoticesSent", requiredProperties = {"recipients"})
    public record NoticesSent(@Schema(description = "Users told (in the portal; by e-mail unless they chose off)")
            int recipients) {
    }

    @Schema(name = "EventGuestErasure", requiredProperties = {"registrations"})
    public record GuestErasure(@Schema(description = "Registrations anonymised") int registrations) {
    }

    @Schema(name = "CalendarFeedView", requiredProperties = {"exists"})
    public record FeedView(boolean exists, @Schema(nullable = true) Instant createdAt,
            @Schema(nullable = true, description = "The feed's address; given only when it is made or renewed")
            String url) {
    }

    @Schema(name = "EventYearCount", requiredProperties = {"year", "events", "participants", "attended", "unitsReached"})
    public record YearCount(int year,
            @Schema(description = "Events that started in the year (Stockholm time)") long events,
            @Schema(description = "Seats taken (users and guests) in those events") long participants,
            @Schema(description = "Participants recorded as attending") long attended,
            @Schema(description = "Distinct units of the users who had a seat") long unitsReached) {
    }
}
