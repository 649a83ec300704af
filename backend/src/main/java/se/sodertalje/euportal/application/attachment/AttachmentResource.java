package se.sodertalje.euportal.application.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/applications/{applicationId}/attachments")
@Tag(name = "Applications")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List an application's attachments", description = "With who uploaded each and when.")
    public List<AttachmentView> list(@PathParam("applicationId") UUID applicationId) {
        return attachments.list(applicationId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Attach a file to a draft", description = "The body is the file itself. Its type is decided "
            + "by its content (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, plain text; 415 otherwise), "
            + "its size is limited (413), and the stored name is made safe and given the detected type's extension.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit (20 MB by default)")
    @APIResponse(responseCode = "415", description = "The file's content is not of an allowed type")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> upload(@PathParam("applicationId") UUID applicationId,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED, attachments.upload(applicationId, fileName, content));
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download an attachment", description = "Always as a download, with its safe name.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = attachments.download(applicationId, attachmentId);
        return Uploads.download(attachment.content, attachment.mediaType, attachment.fileName);
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("applicationId") UUID applicationId, @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(applicationId, attachmentId);
    }
}
