package se.sodertalje.euportal.scan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/refused-uploads")
@Tag(name = "Exports")
public class RefusedUploadResource {

    @Inject
    RefusedUploads refused;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every upload the virus scan refused, newest first", description = "Attachments, evidence, "
            + "control files, event materials, twin-town agreements and imports in which clamd found malware "
            + "(422 UPLOAD-001): who, when, to which record, the file's name, size and SHA-256 and the signature found. "
            + "The file itself was never stored. A project's own: GET /projects/{id}/refused-uploads.")
    public Page<RefusedUploadView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("applicationId") @Parameter(description = "Only the refusals for this application's and its "
                    + "project's records") UUID applicationId) {
        return refused.all(paging, applicationId);
    }
}
