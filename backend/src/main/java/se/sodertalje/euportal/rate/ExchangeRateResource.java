package se.sodertalje.euportal.rate;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.openapi.IntegrationContract;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.ops.PortalMetrics;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/exchange-rates")
@Tag(name = "Exchange rates", description = "Monthly EUR rates (InforEuro: units of a currency per 1 EUR) that "
        + "reports convert with")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeRateResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    UploadScanner scanner;

    @Inject
    ExchangeRateService rates;

    @Inject
    RateImportService importer;

    @Inject
    PortalMetrics metrics;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the rates", description = "Newest month first unless sort says otherwise "
            + "(month, currency, unitsPerEur).")
    public Page<ExchangeRateView> list(@Valid @BeanParam PageParams paging, @BeanParam RateQuery query) {
        return rates.list(paging, query.filter(rates));
    }

    @GET
    @Path("export")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Export the rates as CSV", description = "The same filters as the list; the columns "
            + "currency,month,unitsPerEur,source are those the import reads, so an export can be imported again.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class)))
    public RestResponse<String> export(@BeanParam RateQuery query) {
        return RestResponse.ResponseBuilder.ok(RateCsv.write(rates.all(query.filter(rates))), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"exchange-rates.csv\"").build();
    }

    @GET
    @Path("{currency}/{month}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a month's rate", description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The rate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "400", description = "The path names no currency (RATE-001, RATE-002) or month (RATE-003)")
    public RestResponse<ExchangeRateView> get(@PathParam("currency") @Parameter(example = "SEK") String currency,
            @PathParam("month") @Parameter(description = "YYYY-MM", example = "2026-11") String month) {
        return Responses.tagged(rates.get(currency, month), ExchangeRateView::version);
    }

    @PUT
    @Path("{currency}/{month}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record a month's rate", description = "Creates the rate (201) or replaces it (200). "
            + "Replacing needs If-Match with the rate's ETag; creating takes none. The month may be at most next "
            + "month, the rate above zero with at most 6 decimals (field errors RATE-0nn, listed in the ProblemCode enum).")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            headers = @Header(name = "ETag", description = "The record's version, for If-Match",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeRateView.class)))
    public RestResponse<ExchangeRateView> update(@PathParam("currency") String currency,
            @PathParam("month") @Parameter(description = "YYYY-MM") String month,
            @HeaderParam("If-Match") @Parameter(description = "Absent: a new month (201); present: the ETag of the "
                    + "rate the change is based on", extensions = @Extension(name = IntegrationContract.OPTIONAL,
                    value = "true")) String ifMatch,
            @Valid @NotNull ExchangeRateRequest request, UriInfo uri) {
        SavedRate saved = rates.put(currency, month, ifMatch, request);
        if (!saved.created()) {
            return Responses.tagged(saved.view(), ExchangeRateView::version);
        }
        return RestResponse.ResponseBuilder.<ExchangeRateView>created(uri.getAbsolutePath()).entity(saved.view())
                .tag(ETags.of(saved.view().version())).build();
    }

    @DELETE
    @Path("{currency}/{month}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a month's rate", description = "Needs If-Match with the rate's ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("currency") String currency,
            @PathParam("month") @Parameter(description = "YYYY-MM") String month,
            @HeaderParam("If-Match") String ifMatch) {
        rates.delete(currency, month, ifMatch);
    }

    @POST
    @Path("import")
    @Consumes(TEXT_CSV)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Import rates from CSV, all or nothing",
            description = "Header currency;month;unitsPerEur[;source], separated by ';' or ',' (as the export "
                    + "writes it); a decimal comma is accepted. Months already recorded are updated. One bad row "
                    + "imports nothing: 400 with code IMPORT-001 and errors[] naming rows[i].field.")
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RateImportResult.class)))
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class)))
    public RateImportResult importCsv(String body) {
        scanner.requireClean(Upload.imported(UploadKind.RATE_IMPORT, Upload.bytes(body)));
        return metrics.imported("rates", () -> importer.importCsv(body), RateImportResult::rows);
    }

    /** The list's filters as query parameters. */
    public static class RateQuery {

        @QueryParam("currency")
        @Parameter(description = "ISO 4217 code, e.g. SEK")
        public String currency;

        @QueryParam("fromMonth")
        @Parameter(description = "First month, YYYY-MM", example = "2026-01")
        public String fromMonth;

        @QueryParam("toMonth")
        @Parameter(description = "Last month, YYYY-MM", example = "2026-12")
        public String toMonth;

        RateFilter filter(ExchangeRateService rates) {
            return rates.filter(currency, fromMonth, toMonth);
        }
    }
}
