package se.sodertalje.euportal.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An EU decision with each concerned unit and its answer, and whether the caller may answer for it. */
@Schema(requiredProperties = {"id", "title", "actReference", "actUrl", "decidedOn", "mainTask", "units",
        "actions", "status", "answered", "overdueActions", "createdAt", "version"})
public record EuDecisionView(UUID id, String title, String actReference,
        @Schema(description = "Where to read the act: the link, or EUR-Lex for a CELEX number") String actUrl,
        LocalDate decidedOn, MainTask mainTask, List<ConcernedUnit> units,
        @Schema(nullable = true) String impactAssessment, List<EuDecisionRequest.Action> actions,
        DecisionStatus status,
        @Schema(description = "How many of the concerned units have answered") int answered,
        @Schema(description = "Actions not done whose day has passed") int overdueActions,
        Instant createdAt, long version) {

    @Schema(name = "EuDecisionUnit", requiredProperties = {"id", "code", "name", "canAnswer"})
    public record ConcernedUnit(UUID id, String code, String name,
            @Schema(nullable = true, implementation = Answer.class) Answer answer,
            @Schema(description = "Whether the caller (its coordinator or a member) may answer for the unit")
            boolean canAnswer) {
    }

    @Schema(name = "EuDecisionAnswer", requiredProperties = {"assessment", "answeredAt", "version"})
    public record Answer(String assessment, @Schema(nullable = true) String answeredByName, Instant answeredAt,
            long version) {
    }
}
