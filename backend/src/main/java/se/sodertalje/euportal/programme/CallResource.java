package se.sodertalje.euportal.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.ops.PortalMetrics;
import se.sodertalje.euportal.programme.imports.CallImportService;
import se.sodertalje.euportal.programme.imports.ImportResult;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals (utlysningar) of the programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    UploadScanner scanner;

    @Inject
    CallService calls;

    @Inject
    CallImportService importer;

    @Inject
    PortalMetrics metrics;

    @Inject
    se.sodertalje.euportal.programme.imports.CallRefresh refresh;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Find calls", description = "The call finder of every picker and of the calls list. "
            + "q: full text over identifier, title, topics and description, each word also as the beginning of a "
            + "word as typed (\"gröna sko\"). status is repeatable; without it the calls that can still be applied "
            + "to are listed (OPEN and FORTHCOMING): ask for all three to include closed calls. applicantType keeps "
            + "the calls open to that kind of organisation (and those naming none). Nearest deadline first unless "
            + "sort says otherwise.")
    public Page<CallView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Full-text or type-ahead query, e.g. climate adapt") String q,
            @QueryParam("fund") Fund fund,
            @QueryParam("programmeId") @Parameter(description = "Repeatable: calls of any of these programmes")
            List<UUID> programmeId,
            @QueryParam("topic") @Parameter(description = "Text in one of the call's topics") String topic,
            @QueryParam("status") @Parameter(description = "Repeatable; default OPEN and FORTHCOMING")
            List<CallStatus> status,
            @QueryParam("applicantType") ApplicantType applicantType,
            @QueryParam("closingWithinDays") @Min(1) @Max(366) Integer closingWithinDays) {
        return calls.list(paging,
                new CallSearch.Criteria(q, fund, programmeId, topic, status, applicantType, closingWithinDays));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a call", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<CallView> get(@PathParam("id") UUID id) {
        return Responses.tagged(calls.get(id), CallView::version);
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Create a call", description = "Its rules may only narrow its programme's.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public RestResponse<CallView> create(@Valid @NotNull CallRequest request, UriInfo uri) {
        CallView created = calls.create(request);
        return Responses.created(uri, created.id(), created, CallView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace a call", description = "Needs If-Match with the call's ETag.")
    public RestResponse<CallView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CallRequest request) {
        return Responses.tagged(calls.update(id, ifMatch, request), CallView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a call")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        calls.delete(id, ifMatch);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a call", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return calls.history(id);
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Import calls from a file, all or nothing",
            description = "application/json: the EU Funding & Tenders Portal topic list as published (deadlines are "
                    + "recorded as 17:00 Brussels time); text/csv: header programmeCode,identifier,title,opensAt,"
                    + "closesAt,timeZone,budget,topics,url. Calls are matched by identifier. One bad row imports "
                    + "nothing: 400 with code IMPORT-001 and errors[] naming rows[i].field.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                    description = "Funding & Tenders topics: topicId, title, programme, programmeId, deadline, callStatus, …")),
            @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class))})
    public ImportResult importCalls(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(TEXT_CSV);
        scanner.requireClean(Upload.imported(UploadKind.CALL_IMPORT, Upload.bytes(body)));
        return metrics.imported("calls", () -> importer.importFile(body, csv), r -> r.created() + r.updated());
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Refresh the calls from the Funding & Tenders topic list now",
            description = "What the scheduled refresh does (CALL_REFRESH_ENABLED, CALL_REFRESH_CRON): reads the configured "
                    + "source (CALL_REFRESH_SOURCE: an http(s) URL, a file path or classpath:…) and imports it all or nothing "
                    + "like POST /calls/import. Watchers learn of new matches, and watchers and the teams of applications of "
                    + "moved deadlines and cancelled topics. 409 CALL-002 without a source; 502 CALL-003 when it cannot be read.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "The file was refused whole: IMPORT-001 with errors[] naming rows[i].field")
    @APIResponse(responseCode = "502", description = "The source could not be read (CALL-003)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = se.sodertalje.euportal.common.error.Problem.class)))
    public ImportResult refreshCalls() {
        return metrics.imported("calls", () -> refresh.refresh(), r -> r.created() + r.updated());
    }
}
