package se.sodertalje.euportal.task;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/tasks")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @GET
    @Authenticated
    @Operation(summary = "What waits for the caller: the to-do list of their roles, scoped like the rest of the API",
            description = "Sorted by due day, then oldest first; `sort` overrides (due, since, kind, unit, label; "
                    + "'-' for descending). `counts` and `total` cover the whole list; `items` holds the first `limit` "
                    + "tasks of each kind (10 unless asked), or of the one `kind` asked for: a kind's count above the "
                    + "items of that kind means there are more, fetched with `kind` and a larger `limit`.")
    public TaskList tasks(@Parameter(description = "e.g. `since` (oldest first) or `-since`") @QueryParam("sort") String sort,
            @Parameter(description = "Only the tasks of this kind in `items` (counts stay whole)") @QueryParam("kind")
            TaskKind kind,
            @Parameter(description = "The most items of each kind, 1 to " + TaskList.MAX_LIMIT) @QueryParam("limit")
            @DefaultValue("" + TaskList.DEFAULT_LIMIT) @Min(1) @Max(TaskList.MAX_LIMIT) int limit) {
        return tasks.tasks(sort, kind, limit);
    }
}
