package se.sodertalje.euportal.report;

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
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/reports/{reportId}/expenditures")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ExpenditureResource {

    @Inject
    ExpenditureService expenditures;

    @Inject
    EvidenceService evidence;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "List a financial report's expenditure lines", description = "By date, with each line's "
            + "eligible amount (recoverable VAT left out) and how many pieces of evidence it has.")
    public List<ExpenditureView> list(@PathParam("reportId") UUID reportId) {
        return expenditures.list(reportId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Add an expenditure line", description = "To a draft or returned financial report. The line "
            + "meets the budget's rules for its partner and category (BUDGET-004/005/008) and falls within the project "
            + "period (REPORT-011).")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenditureView.class)))
    public RestResponse<ExpenditureView> add(@PathParam("reportId") UUID reportId,
            @Valid @NotNull ExpenditureRequest request, UriInfo uri) {
        ExpenditureView created = expenditures.add(reportId, request);
        return Responses.created(uri, created.id(), created, ExpenditureView::version);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "One expenditure line", description = "Its ETag is what changing or removing it needs.")
    public RestResponse<ExpenditureView> get(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id) {
        return Responses.tagged(expenditures.get(reportId, id), ExpenditureView::version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Change an expenditure line", description = "Needs If-Match with the line's version.")
    public RestResponse<ExpenditureView> update(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ExpenditureRequest request) {
        return Responses.tagged(expenditures.update(reportId, id, ifMatch, request), ExpenditureView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Remove an expenditure line and its evidence", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        expenditures.delete(reportId, id, ifMatch);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/evidence")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "List a line's evidence")
    public List<AttachmentView> listEvidence(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id) {
        return evidence.list(reportId, id);
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Attach evidence to a line", description = "The body is the file itself, checked like an "
            + "application's attachments (413, 415); while the report is a draft or returned.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The file's content is not of an allowed type")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> upload(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED, evidence.upload(reportId, id, fileName, content));
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Download a piece of evidence", description = "Always as a download, with its safe name.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id,
            @PathParam("evidenceId") UUID evidenceId) {
        ExpenditureEvidence file = evidence.download(reportId, id, evidenceId);
        return Uploads.download(file.content, file.mediaType, file.fileName);
    }

    @DELETE
    @Path("{id}/evidence/{evidenceId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Remove a piece of evidence", description = "While the report is a draft or returned.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteEvidence(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id,
            @PathParam("evidenceId") UUID evidenceId) {
        evidence.delete(reportId, id, evidenceId);
    }
}
