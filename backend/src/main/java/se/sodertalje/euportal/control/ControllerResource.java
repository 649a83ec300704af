package se.sodertalje.euportal.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/projects/{projectId}/controllers")
@Tag(name = "Control")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControllerResource {

    @Inject
    ControllerService controllers;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The project's appointed controllers")
    public List<ControllerService.ControllerView> list(@PathParam("projectId") UUID projectId) {
        return controllers.list(projectId);
    }

    @GET
    @Path("candidates")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Users with the controller role not yet appointed", description = "As their last login "
            + "described them: a controller appears once they have logged in.")
    public List<ControllerService.Candidate> candidates(@PathParam("projectId") UUID projectId) {
        return controllers.candidates(projectId);
    }

    @POST
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Appoint a controller", description = "A user with the controller role (400 CONTROL-018 "
            + "otherwise; 409 CONTROL-013 when appointed already). Audited.")
    @APIResponse(responseCode = "201", description = "Appointed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ControllerService.ControllerView.class)))
    public RestResponse<ControllerService.ControllerView> appoint(@PathParam("projectId") UUID projectId,
            @Valid @NotNull ControlRequests.Appoint request) {
        return RestResponse.status(RestResponse.Status.CREATED, controllers.appoint(projectId, request.subject()));
    }

    @DELETE
    @Path("{subject}")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Remove a controller from the project", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("subject") String subject) {
        controllers.remove(projectId, subject);
    }
}
