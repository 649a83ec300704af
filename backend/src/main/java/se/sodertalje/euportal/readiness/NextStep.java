package se.sodertalje.euportal.readiness;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step that moves the record on from where it is, who may take it and what it still needs. The
 * people are named only when they are few ({@link People#FEW}); {@code otherPeople} counts the rest.
 */
@Schema(requiredProperties = {"action", "roles", "people", "otherPeople", "yours", "ready", "needs"})
public record NextStep(
        @Schema(description = "The workflow action, as the record's transitions take it") String action,
        @Schema(description = "The roles that may take it") List<String> roles,
        @Schema(description = "Who may take it, when they are few; never a service account") List<Person> people,
        @Schema(description = "How many more may take it than are named") int otherPeople,
        @Schema(description = "Whether the caller's roles allow the step now") boolean yours,
        @Schema(description = "Whether nothing blocks it (advice aside)") boolean ready,
        @Schema(description = "What the step still needs, blocking items first") List<ReadinessItem> needs) {

    public static NextStep of(String action, List<String> roles, People.Named named, boolean yours,
            List<ReadinessItem> needs) {
        List<ReadinessItem> ordered = needs.stream().sorted((a, b) -> Boolean.compare(b.blocking(), a.blocking())).toList();
        return new NextStep(action, roles, named.people(), named.others(), yours,
                needs.stream().noneMatch(ReadinessItem::blocking), ordered);
    }
}
