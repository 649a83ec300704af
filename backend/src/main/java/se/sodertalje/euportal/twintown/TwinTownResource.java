package se.sodertalje.euportal.twintown;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.twintown.TwinTownViews.ActivityView;
import se.sodertalje.euportal.twintown.TwinTownViews.AgreementFile;
import se.sodertalje.euportal.twintown.TwinTownViews.ListItem;
import se.sodertalje.euportal.twintown.TwinTownViews.View;

@Path("/api/v1/twin-towns")
@Tag(name = "Twin towns", description = "The twin towns, their agreements, contacts and cooperation log")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TwinTownResource {


    @Inject
    TwinTownService towns;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the twin towns", description = "By name, with the size and date of their activity log.")
    public List<ListItem> list() {
        return towns.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a twin town", description = "With its agreement, contacts, activity log (newest first) and "
            + "the applications and projects within the caller's reach that have its organisation as partner.")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return Responses.tagged(towns.get(id), View::version);
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record a twin town", description = "409 TWIN-001 if the organisation is a twin town already.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public RestResponse<View> create(@Valid @NotNull TwinTownRequest request, UriInfo uri) {
        View created = towns.create(request);
        return Responses.created(uri, created.id(), created, View::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace a twin town", description = "Needs If-Match with the record's ETag.")
    public RestResponse<View> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TwinTownRequest request) {
        return Responses.tagged(towns.update(id, ifMatch, request), View::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a twin town", description = "With its log and agreement; needs If-Match; the history keeps them.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        towns.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/activities")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Log a cooperation activity", description = "A visit, joint application, project or exchange.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public RestResponse<ActivityView> addActivity(@PathParam("id") UUID id, @Valid @NotNull ActivityRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, towns.addActivity(id, request));
    }

    @PUT
    @Path("{id}/activities/{activityId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Correct a cooperation activity", description = "Needs If-Match with the activity's version.")
    public RestResponse<ActivityView> updateActivity(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ActivityRequest request) {
        return Responses.tagged(towns.updateActivity(id, activityId, ifMatch, request), ActivityView::version);
    }

    @DELETE
    @Path("{id}/activities/{activityId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Remove a cooperation activity", description = "Needs If-Match; the history keeps it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteActivity(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId,
            @HeaderParam("If-Match") String ifMatch) {
        towns.deleteActivity(id, activityId, ifMatch);
    }

    @PUT
    @Path("{id}/agreement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Store the signed agreement", description = "The body is the file itself, checked like every "
            + "upload (type by content, 415 otherwise; size limit, 413); it replaces an earlier one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The file's content is not of an allowed type")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementFile.class)))
    public AgreementFile uploadAgreement(@PathParam("id") UUID id,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return towns.uploadAgreement(id, fileName, content);
    }

    @GET
    @Path("{id}/agreement")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download the signed agreement", description = "Always as a download; recorded in the export log.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAgreement(@PathParam("id") UUID id) {
        TwinTownAgreement agreement = towns.downloadAgreement(id);
        return Uploads.download(agreement.content, agreement.mediaType, agreement.fileName);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a twin town", description = "With its activities', newest first.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return towns.history(id);
    }
}
