package se.sodertalje.euportal.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/dashboard/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class PortfolioResource {

    static final String TEXT_CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FIGURE = "One figure: by-unit, by-fund, by-programme, by-year, screening, "
            + "units-without-coordinator";

    @Inject
    PortfolioService portfolio;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The EU portfolio for reporting to management", description = PortfolioQueryParams.RULES)
    public PortfolioView portfolio(@BeanParam PortfolioQueryParams params) {
        return portfolio.portfolio(params.filter());
    }

    @GET
    @Path("{figure}.csv")
    @Produces(TEXT_CSV)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One figure's data as CSV", description = "The same filters as the portfolio; UTF-8 with a "
            + "header row, amounts in SEK with a decimal point. 404 for an unknown figure.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class)))
    public RestResponse<String> csv(@PathParam("figure") @Parameter(description = FIGURE, schema = @Schema(
            enumeration = {"by-unit", "by-fund", "by-programme", "by-year", "screening", "units-without-coordinator"}))
            String figure, @BeanParam PortfolioQueryParams params) {
        FigureTable table = portfolio.table(figure, params.filter());
        return RestResponse.ResponseBuilder.ok(TableFiles.csv(table), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"portfolio-" + table.name() + ".csv\"").build();
    }

    @GET
    @Path("{figure}.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One figure's data as an Excel workbook", description = "The same filters as the portfolio; "
            + "counts, rates and amounts (SEK) are numbers. 404 for an unknown figure.")
    @APIResponse(responseCode = "200", description = "XLSX workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> xlsx(@PathParam("figure") @Parameter(description = FIGURE, schema = @Schema(
            enumeration = {"by-unit", "by-fund", "by-programme", "by-year", "screening", "units-without-coordinator"}))
            String figure, @BeanParam PortfolioQueryParams params) {
        FigureTable table = portfolio.table(figure, params.filter());
        return RestResponse.ResponseBuilder.ok(TableFiles.xlsx(table), XLSX)
                .header("Content-Disposition", "attachment; filename=\"portfolio-" + table.name() + ".xlsx\"").build();
    }
}
