package se.sodertalje.euportal.task;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's to-do list: how many tasks there are of each kind (kinds without tasks left out) and in
 * all, and the first tasks of each kind (a user with hundreds of drafts gets their number, not all of
 * them, until they ask for that kind).
 */
@Schema(requiredProperties = {"items", "counts", "total", "limit"})
public record TaskList(@Schema(description = "The first `limit` tasks of each kind (or of the kind asked for), in "
        + "the list's order") List<TaskView> items, @Schema(description = "Every kind's whole count") List<KindCount> counts,
        @Schema(description = "All tasks, whatever items holds") int total,
        @Schema(description = "The most items of each kind this answer holds") int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 5000;

    @Schema(name = "TaskKindCount", requiredProperties = {"kind", "count"})
    public record KindCount(TaskKind kind, int count) {
    }
}
