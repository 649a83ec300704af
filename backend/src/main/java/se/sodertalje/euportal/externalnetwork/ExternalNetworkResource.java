package se.sodertalje.euportal.externalnetwork;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.externalnetwork.NetworkViews.ListItem;
import se.sodertalje.euportal.externalnetwork.NetworkViews.MeetingView;
import se.sodertalje.euportal.externalnetwork.NetworkViews.View;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/external-networks")
@Tag(name = "External networks", description = "Networks the International Office takes part in: members, meetings, what it brought back")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExternalNetworkResource {

    @Inject
    NetworkService networks;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the external networks", description = "By name, with member and meeting counts.")
    public List<ListItem> list() {
        return networks.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get an external network", description = "With its members and meetings (newest first).")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return Responses.tagged(networks.get(id), View::version);
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record an external network", description = "409 NETWORK-001 if the name is taken.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public RestResponse<View> create(@Valid @NotNull NetworkRequest request, UriInfo uri) {
        View created = networks.create(request);
        return Responses.created(uri, created.id(), created, View::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace an external network", description = "Needs If-Match with the record's ETag.")
    public RestResponse<View> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NetworkRequest request) {
        return Responses.tagged(networks.update(id, ifMatch, request), View::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete an external network", description = "With its meetings; needs If-Match; the history keeps them.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        networks.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/meetings")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record a network meeting", description = "A dated entry and what the office brought back.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public RestResponse<MeetingView> addMeeting(@PathParam("id") UUID id, @Valid @NotNull MeetingRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, networks.addMeeting(id, request));
    }

    @PUT
    @Path("{id}/meetings/{meetingId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Correct a network meeting", description = "Needs If-Match with the meeting's version.")
    public RestResponse<MeetingView> updateMeeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MeetingRequest request) {
        return Responses.tagged(networks.updateMeeting(id, meetingId, ifMatch, request), MeetingView::version);
    }

    @DELETE
    @Path("{id}/meetings/{meetingId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Remove a network meeting", description = "Needs If-Match; the history keeps it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteMeeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @HeaderParam("If-Match") String ifMatch) {
        networks.deleteMeeting(id, meetingId, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of an external network", description = "With its meetings', newest first.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return networks.history(id);
    }
}
