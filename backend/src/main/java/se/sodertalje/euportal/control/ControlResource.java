package se.sodertalje.euportal.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/reports/{id}/control")
@Tag(name = "Control", description = "The control of a payment claim before it reaches the funder: sample, decisions per "
        + "line, clarifications, findings, certificate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    ControlService controls;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The control of a financial report", description = "Its lines with the sample and decisions, "
            + "the draws, clarification requests, texts, certificate, steps and the overview (declared, in the sample, "
            + "parked, deducted, eligible after control; the claim after control from the claim calculator). 404 before "
            + "it starts.")
    public RestResponse<ControlView> get(@PathParam("id") UUID id) {
        return Responses.tagged(controls.get(id), ControlView::version);
    }

    @POST
    @Consumes(MediaType.WILDCARD) // no body: a client sending none sends no Content-Type either
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Start the control of a submitted claim", description = "By its appointed controller or an "
            + "advisor. Lines earlier controls parked are carried in. 409 CONTROL-001 unless the claim is submitted, "
            + "CONTROL-002 when it has a control.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlView.class)))
    public RestResponse<ControlView> start(@PathParam("id") UUID id) {
        ControlView view = controls.start(id);
        return RestResponse.ResponseBuilder.<ControlView>create(RestResponse.Status.CREATED).entity(view)
                .tag(ETags.of(view.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Write the findings, follow-up and conclusion", description = "Needs If-Match; while it runs "
            + "(409 CONTROL-003 when closed).")
    public RestResponse<ControlView> texts(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ControlRequests.Texts request) {
        return Responses.tagged(controls.texts(id, ifMatch, request), ControlView::version);
    }

    @POST
    @Path("draws")
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Draw lines into the sample", description = "Needs If-Match. RANDOM by a seed (recorded; the "
            + "same seed draws the same lines), LARGEST, a CATEGORY, a SUPPLIER or MANUAL; draws add up. CONTROL-004.")
    public RestResponse<ControlView> draw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ControlRequests.Draw request) {
        return Responses.tagged(controls.draw(id, ifMatch, request), ControlView::version);
    }

    @PUT
    @Path("lines/{expenditureId}")
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Decide a sampled line", description = "Needs If-Match with the line's decision version. "
            + "VERIFIED; DEDUCTED with the amount and error type; PARKED (not in the final claim, CONTROL-006). Deducting "
            + "and parking say why. CONTROL-005.")
    public RestResponse<ControlView> decide(@PathParam("id") UUID id, @PathParam("expenditureId") UUID expenditureId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ControlRequests.DecisionRequest request) {
        return Responses.tagged(controls.decide(id, expenditureId, ifMatch, request), ControlView::version);
    }

    @POST
    @Path("transitions")
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Close or reopen the control", description = "Needs If-Match. CLOSE when every sampled line is "
            + "decided, the conclusion written and the certificate uploaded (409 CONTROL-007 naming what is missing); "
            + "REOPEN a closed control with the reason (CONTROL-008) while the claim is still submitted (CONTROL-017).")
    public RestResponse<ControlView> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ControlRequests.Transition request) {
        return Responses.tagged(controls.transition(id, ifMatch, request), ControlView::version);
    }

    @PUT
    @Path("certificate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Upload the signed control certificate", description = "A PDF (415 CONTROL-009 otherwise), "
            + "checked like every upload (413); replaces the one before while the control runs. Needs If-Match with "
            + "the control's version (428 without, 412 when stale).")
    @RequestBody(required = true, content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The control with its certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The file is not a PDF (CONTROL-009)")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    public RestResponse<ControlView> certificate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return Responses.tagged(controls.uploadCertificate(id, ifMatch, fileName, content), ControlView::version);
    }

    @GET
    @Path("certificate")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Download the control certificate")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificateFile(@PathParam("id") UUID id) {
        ControlCertificate file = controls.certificate(id);
        return Uploads.download(file.content, file.mediaType, file.fileName);
    }

    @POST
    @Path("clarifications")
    @RolesAllowed({Roles.CONTROLLER, Roles.ADVISOR})
    @Operation(summary = "Ask the unit for a clarification", description = "Optionally about one line, with a date to "
            + "answer by; it appears on the unit's to-do list.")
    @APIResponse(responseCode = "201", description = "Asked; the control with the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ControlView.class)))
    public RestResponse<ControlView> ask(@PathParam("id") UUID id, @Valid @NotNull ControlRequests.Ask request) {
        ControlView view = controls.ask(id, request);
        return RestResponse.ResponseBuilder.<ControlView>create(RestResponse.Status.CREATED).entity(view)
                .tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("clarifications/{clarificationId}/answer")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Answer a clarification request", description = "The unit, while the control runs; needs "
            + "If-Match with the request's version.")
    public RestResponse<ControlView> answer(@PathParam("id") UUID id, @PathParam("clarificationId") UUID clarificationId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ControlRequests.Answer request) {
        return Responses.tagged(controls.answer(id, clarificationId, ifMatch, request), ControlView::version);
    }

    @POST
    @Path("clarifications/{clarificationId}/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Attach a file to an answer", description = "Checked like every upload (413, 415); while the "
            + "control runs.")
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The file's content is not of an allowed type")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> uploadFile(@PathParam("id") UUID id,
            @PathParam("clarificationId") UUID clarificationId,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED, controls.uploadAnswerFile(id, clarificationId, fileName,
                content));
    }

    @GET
    @Path("clarifications/{clarificationId}/files/{fileId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Download a file of an answer")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") UUID id, @PathParam("clarificationId") UUID clarificationId,
            @PathParam("fileId") UUID fileId) {
        ClarificationFile file = controls.answerFile(id, clarificationId, fileId);
        return Uploads.download(file.content, file.mediaType, file.fileName);
    }

    @GET
    @Path("history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Change history of the control", description = "Its texts, closing and reopening (with the "
            + "reason), each line's decision and the clarifications, newest first.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return controls.history(id);
    }
}
