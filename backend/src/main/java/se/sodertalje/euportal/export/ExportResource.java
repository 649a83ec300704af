package se.sodertalje.euportal.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.application.attachment.SafeFileName;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.notification.UserLanguages;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/projects/{projectId}")
@Tag(name = "Exports", description = "A project's report, workbook and audit package for auditors; every export is recorded")
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MANIFEST_HEADER = "X-Manifest-SHA256";

    @Inject
    ExportService exports;

    @Inject
    UserLanguages languages;

    @Inject
    CurrentUser user;

    private ExportLanguage language(String lang, String acceptLanguage) {
        return ExportLanguage.choose(lang, acceptLanguage, languages.of(user.subject()));
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The project as a readable report", description = "Project and partners, decisions, budget "
            + "versions, granted against claimed and paid per category and partner, reports and their states, indicators "
            + "and the audit trail summary. Recorded as an export.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("projectId") UUID projectId, @QueryParam("lang") @Parameter(description =
            "sv or en; default: an Accept-Language preferring one of them, else the caller's own language") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return file(exports.pdf(projectId, language(lang, acceptLanguage)), "application/pdf");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The project as a workbook", description = "The report's data, one sheet per section, with every "
            + "expenditure line: real numbers and dates, totals as formulas. Recorded as an export.")
    @APIResponse(responseCode = "200", description = "XLSX workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("projectId") UUID projectId, @QueryParam("lang") @Parameter(description =
            "sv or en; default: an Accept-Language preferring one of them, else the caller's own language") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return file(exports.xlsx(projectId, language(lang, acceptLanguage)), XLSX);
    }

    @GET
    @Path("audit-package")
    @Produces("application/zip")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The audit package", description = "A ZIP with the PDF, the workbook, CSV of every record of the "
            + "project, every attachment and piece of evidence, the full change history of each record, and manifest.json "
            + "with the SHA-256 of every file. The manifest's own SHA-256 is in the X-Manifest-SHA256 header and recorded "
            + "with the export. Streamed; memory stays bounded.")
    @APIResponse(responseCode = "200", description = "ZIP", headers = @Header(name = MANIFEST_HEADER,
            description = "SHA-256 of manifest.json", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response auditPackage(@PathParam("projectId") UUID projectId, @QueryParam("lang") @Parameter(description =
            "sv or en, the language of the PDF and workbook; default: an Accept-Language preferring one of them, else "
            + "the caller's own language") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        AuditPackage pack = exports.auditPackage(projectId, language(lang, acceptLanguage));
        StreamingOutput body = pack::writeZip;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", SafeFileName.contentDisposition(pack.fileName()))
                .header(MANIFEST_HEADER, pack.manifestSha256())
                .build();
    }

    @GET
    @Path("exports")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The project's exports", description = "Who exported what and when, newest first, with the "
            + "SHA-256 of what they got.")
    public List<ExportView> list(@PathParam("projectId") UUID projectId) {
        return exports.list(projectId);
    }

    /** A prepared file, streamed from disk and removed once sent. */
    private static Response file(ExportService.ExportFile file, String mediaType) {
        StreamingOutput body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                try {
                    Files.deleteIfExists(file.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return Response.ok(body, mediaType)
                .header("Content-Disposition", SafeFileName.contentDisposition(file.name()))
                .header("X-Content-SHA256", file.sha256())
                .build();
    }
}
