package se.sodertalje.euportal.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.programme.Fund;

/** A call a watch matched: newest match first; {@code news} when it came after the watch was saved. */
@Schema(requiredProperties = {"callId", "identifier", "title", "programmeName", "fund", "closesAt", "status",
        "cancelled", "matchedAt", "news"})
public record WatchMatchView(UUID callId, String identifier, String title, String programmeName, Fund fund,
        OffsetDateTime closesAt, CallStatus status, boolean cancelled, Instant matchedAt, boolean news) {
}
