package se.sodertalje.euportal.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.ops.PortalMetrics;
import se.sodertalje.euportal.partner.imports.PartnerCsv;
import se.sodertalje.euportal.partner.imports.PartnerImportResult;
import se.sodertalje.euportal.partner.imports.PartnerImportService;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "The register of partner organisations, twin towns and networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    UploadScanner scanner;

    @Inject
    PartnerService partners;

    @Inject
    CooperationService cooperation;

    @Inject
    PartnerImportService importer;

    @Inject
    PortalMetrics metrics;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Search the register", description = "q: every word, in English, Swedish or as written, over "
            + "names, expertise, description and the topics of past EU projects; sorted by relevance when q is given. Relevance "
            + "ranks the first 1000 matches; a broader search gives an estimated total (totalEstimated) and is best narrowed "
            + "by country, type or another word, or sorted by name to list every match.")
    public Page<PartnerView> list(@Valid @BeanParam PageParams paging, @BeanParam PartnerQuery query) {
        return partners.list(paging, query.filter());
    }

    @GET
    @Path("export")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Export the register as CSV", description = "The same filters as the list; the columns are "
            + "those the CSV import reads, so an export can be edited and imported again.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class)))
    public RestResponse<String> export(@BeanParam PartnerQuery query) {
        return RestResponse.ResponseBuilder.ok(PartnerCsv.write(partners.all(query.filter())), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partner-organisations.csv\"").build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("networks")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The networks in the register, with how many organisations take part in each",
            description = "Twin towns: the list with twinTown=true.")
    public List<NetworkView> networks() {
        return cooperation.networks();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get an organisation", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<PartnerView> get(@PathParam("id") UUID id) {
        return Responses.tagged(partners.get(id), PartnerView::version);
    }

    @GET
    @Path("{id}/cooperation")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The organisation's history with the municipality and in EU projects",
            description = "Applications it is a partner in and partner searches it matches or answered (both within "
                    + "the caller's units), and its EU projects from imported sources such as CORDIS.")
    public CooperationView cooperation(@PathParam("id") UUID id) {
        return cooperation.of(id);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Register an organisation", description = "Refused with 409 when the register already holds "
            + "the same PIC (PARTNER-001), VAT number (PARTNER-002) or a near-identical name in the same country "
            + "(PARTNER-003); the problem's existing field points at that organisation.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> create(@Valid @NotNull PartnerRequest request, UriInfo uri) {
        PartnerView created = partners.create(request);
        return Responses.created(uri, created.id(), created, PartnerView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace an organisation", description = "Needs If-Match with the organisation's ETag; the "
            + "duplicate rules apply as on create.")
    public RestResponse<PartnerView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        return Responses.tagged(partners.update(id, ifMatch, request), PartnerView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete an organisation", description = "Not one that is in a partnership or has expressed "
            + "interest in a search (409 PARTNER-004).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        partners.delete(id, ifMatch);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of an organisation", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return partners.history(id);
    }

    @POST
    @Path("import")
    @Consumes(TEXT_CSV)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Import organisations from CSV, all or nothing",
            description = "Two formats, told apart by the header: the register's own (as the export writes it), and "
                    + "the CORDIS participant extract as published (one row per organisation per project; rows are "
                    + "merged by PIC into organisations with their cooperation history). One bad row imports nothing: "
                    + "400 with code IMPORT-001 and errors[] naming rows[i].field.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerImportResult.class)))
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class)))
    public PartnerImportResult importCsv(String body) {
        scanner.requireClean(Upload.imported(UploadKind.PARTNER_IMPORT, Upload.bytes(body)));
        return metrics.imported("partners", () -> importer.importCsv(body), PartnerImportResult::rows);
    }

    /** The register list's filters as query parameters. */
    public static class PartnerQuery {

        @QueryParam("q")
        @Parameter(description = "Full-text query, e.g. digital schools")
        public String q;

        @QueryParam("country")
        @Parameter(description = "ISO 3166-1 alpha-2")
        public String country;

        @QueryParam("type")
        public OrganisationType type;

        @QueryParam("network")
        @Parameter(description = "Name of a network, e.g. EFFEKNET")
        public String network;

        @QueryParam("twinTown")
        public Boolean twinTown;

        @QueryParam("expertise")
        @Parameter(description = "Text in one of the expertise keywords")
        public String expertise;

        @QueryParam("pic")
        public String pic;

        PartnerFilter filter() {
            return new PartnerFilter(q, country, type, network, twinTown, expertise, pic);
        }
    }
}
