package se.sodertalje.euportal.watch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;

/** A watch with its unit (a unit's watch) or owner (a personal one), and how many open calls it matches. */
@Schema(requiredProperties = {"id", "name", "personal", "words", "programmeIds", "funds", "applicantTypes",
        "openMatches", "createdAt", "canEdit", "version"})
public record CallWatchView(UUID id, String name,
        @Schema(description = "A personal watch (its owner's); otherwise a unit's") boolean personal,
        @Schema(nullable = true, implementation = WatchUnit.class) WatchUnit unit,
        @Schema(nullable = true) String ownerName,
        @Schema(nullable = true) String createdByName,
        List<String> words, List<UUID> programmeIds, List<Fund> funds, List<ApplicantType> applicantTypes,
        @Schema(nullable = true) BigDecimal minGrant,
        @Schema(description = "Matched calls that can still be applied to") int openMatches,
        Instant createdAt,
        @Schema(description = "Whether the caller may change or delete it") boolean canEdit,
        long version) {

    @Schema(name = "WatchUnit", requiredProperties = {"id", "code", "name"})
    public record WatchUnit(UUID id, String code, String name) {
    }
}
