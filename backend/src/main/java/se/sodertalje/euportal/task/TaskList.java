package se.sodertalje.euportal.task;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's to-do list: every task, and how many there are of each kind (kinds without tasks left out). */
@Schema(requiredProperties = {"items", "counts", "total"})
public record TaskList(List<TaskView> items, List<KindCount> counts, int total) {

    @Schema(name = "TaskKindCount", requiredProperties = {"kind", "count"})
    public record KindCount(TaskKind kind, int count) {
    }
}
