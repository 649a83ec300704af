package se.sodertalje.euportal.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/exports")
@Tag(name = "Exports")
public class ExportLogResource {

    @Inject
    ExportService exports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every export, newest first", description = "Projects' reports, workbooks and audit packages, "
            + "and lists handed out as CSV (with the list asked for): who, when, and the SHA-256 of what they got.")
    public Page<ExportView> list(@Valid @BeanParam PageParams paging, @QueryParam("kind") ExportKind kind) {
        return exports.all(paging, kind);
    }
}
