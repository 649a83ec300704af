package se.sodertalje.euportal.watch;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/call-watches")
@Tag(name = "Call watches", description = "What users and units watch among the calls, and the calls that matched")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallWatchResource {

    @Inject
    CallWatchService watches;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List call watches", description = "The caller's own watches and, for a coordinator, the own "
            + "units'; advisors, auditors and admins see every watch (which units watch what). Units' watches by unit "
            + "code, then by name.")
    public List<CallWatchView> list(
            @QueryParam("scope") @Parameter(description = "MINE: personal watches; UNITS: the units'") WatchScope scope,
            @QueryParam("unitId") UUID unitId) {
        return watches.list(scope, unitId);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Save a call watch", description = "Without unitId a personal watch; with it a unit's watch, "
            + "kept by the unit's coordinator or the office (403 WATCH-001 otherwise). At least one criterion "
            + "(400 WATCH-002). The calls it already matches are listed but told to no one; later imports, new and "
            + "changed calls that match are told to the watchers once, through their notification preferences (CALL_MATCH).")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallWatchView.class)))
    public RestResponse<CallWatchView> create(@Valid @NotNull CallWatchRequest request, UriInfo uri) {
        CallWatchView created = watches.create(request);
        return Responses.created(uri, created.id(), created, CallWatchView::version);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a call watch", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<CallWatchView> get(@PathParam("id") UUID id) {
        return Responses.tagged(watches.get(id), CallWatchView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Change a call watch", description = "Needs If-Match. A watch stays personal or its unit's.")
    public RestResponse<CallWatchView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CallWatchRequest request) {
        return Responses.tagged(watches.update(id, ifMatch, request), CallWatchView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a call watch", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        watches.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/matches")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The calls a watch matched", description = "Open calls first, nearest deadline first; "
            + "news: matched after the watch was saved (and told to its watchers).")
    public List<WatchMatchView> matches(@PathParam("id") UUID id) {
        return watches.matches(id);
    }

    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a call watch", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return watches.history(id);
    }
}
