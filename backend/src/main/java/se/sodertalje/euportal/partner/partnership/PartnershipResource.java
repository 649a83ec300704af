package se.sodertalje.euportal.partner.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/applications/{applicationId}/partners")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    @Inject
    PartnershipService partnership;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The application's partnership", description = "Lead partner first.")
    public List<PartnerMemberView> list(@PathParam("applicationId") UUID applicationId) {
        return partnership.list(applicationId);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Add an organisation of the register to the partnership", description = "Only to a draft "
            + "(409 APPLICATION-002). Refused with 409 when it is already in (PARTNERSHIP-001), when a second lead "
            + "partner is named (PARTNERSHIP-002) or when the call's maximum number of partners is reached "
            + "(PARTNERSHIP-003).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerMemberView.class)))
    public RestResponse<PartnerMemberView> add(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull PartnerMemberRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, partnership.add(applicationId, request));
    }

    @GET
    @Path("{partnerId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "One partner of the partnership", description = "Its ETag is what changing its role needs.")
    public RestResponse<PartnerMemberView> get(@PathParam("applicationId") UUID applicationId,
            @PathParam("partnerId") UUID partnerId) {
        return Responses.tagged(partnership.get(applicationId, partnerId), PartnerMemberView::version);
    }

    @PUT
    @Path("{partnerId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Change a partner's role", description = "Needs If-Match with the partner's ETag (its version).")
    public RestResponse<PartnerMemberView> changeRole(@PathParam("applicationId") UUID applicationId,
            @PathParam("partnerId") UUID partnerId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnerRoleRequest request) {
        return Responses.tagged(partnership.changeRole(applicationId, partnerId, ifMatch, request), PartnerMemberView::version);
    }

    @DELETE
    @Path("{partnerId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Remove a partner from the partnership")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("applicationId") UUID applicationId, @PathParam("partnerId") UUID partnerId) {
        partnership.remove(applicationId, partnerId);
    }
}
