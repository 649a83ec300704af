package se.sodertalje.euportal.task;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
                    + "'-' for descending). Counts per kind.")
    public TaskList tasks(@Parameter(description = "e.g. `since` (oldest first) or `-since`") @QueryParam("sort") String sort) {
        return tasks.tasks(sort);
    }
}
