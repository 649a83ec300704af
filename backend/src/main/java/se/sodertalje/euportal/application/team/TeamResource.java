package se.sodertalje.euportal.application.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/applications/{applicationId}/team")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    /** Who to add: the user's subject (their id in Keycloak), as /api/v1/me and the team list give it. */
    public record AddMember(@NotBlank String subject) {
    }

    @Inject
    TeamService team;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The application's team")
    public List<TeamMemberView> list(@PathParam("applicationId") UUID applicationId) {
        return team.list(applicationId);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("candidates")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Who can be added: users of the unit or the International Office not yet on the team",
            description = "Only users who have signed in to the portal at least once are known.")
    public List<TeamCandidateView> candidates(@PathParam("applicationId") UUID applicationId) {
        return team.candidates(applicationId);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Add a user of the unit or the International Office to the team",
            description = "The person gets a notification. Only users who have signed in to the portal can be added.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberView.class)))
    public RestResponse<TeamMemberView> add(@PathParam("applicationId") UUID applicationId, @Valid @NotNull AddMember request) {
        return RestResponse.status(RestResponse.Status.CREATED, team.add(applicationId, request.subject()));
    }

    @DELETE
    @Path("{subject}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Remove someone from the team")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("applicationId") UUID applicationId, @PathParam("subject") String subject) {
        team.remove(applicationId, subject);
    }
}
