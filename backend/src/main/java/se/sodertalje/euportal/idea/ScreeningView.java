package se.sodertalje.euportal.idea;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.programme.Fund;

/** An idea's EU-funding screening with the programmes and calls named, so a reader needs no second call. */
@Schema(requiredProperties = {"investigated", "programmes", "calls", "outcome", "reason", "screenedBy", "screenedAt"})
public record ScreeningView(
        boolean investigated,
        List<ProgrammeRef> programmes,
        List<CallRef> calls,
        ScreeningOutcome outcome,
        String reason,
        Actor screenedBy,
        Instant screenedAt) {

    /** A programme considered. */
    @Schema(name = "ScreeningProgramme", requiredProperties = {"id", "code", "name", "fund"})
    public record ProgrammeRef(UUID id, String code, String name, Fund fund) {
    }

    /** A call considered. */
    @Schema(name = "ScreeningCall", requiredProperties = {"id", "identifier", "title", "programmeId"})
    public record CallRef(UUID id, String identifier, String title, UUID programmeId) {
    }
}
