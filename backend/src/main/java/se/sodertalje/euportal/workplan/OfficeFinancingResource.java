package se.sodertalje.euportal.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/office-financing")
@Tag(name = "Work plans", description = "The International Office's annual work plan, its follow-up per tertial with "
        + "figures bound to the portfolio, the board report, and the office's financing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficeFinancingResource {

    private static final String SHARE = "The project-financed share is project income ÷ (municipal grant + company "
            + "grants + project income) × 100, half-up to two decimals; the project income at target is the total × "
            + "the target ÷ 100, half-up to the cent. ";

    @Inject
    OfficeFinancingService financing;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The International Office's financing per year, newest first", description = SHARE
            + WorkPlanResource.READERS_DESCRIPTION)
    public List<WorkPlanViews.FinancingView> list() {
        return financing.list();
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The office's financing of a year by source", description = SHARE)
    public RestResponse<WorkPlanViews.FinancingView> get(@PathParam("year") int year) {
        WorkPlanViews.FinancingView view = financing.get(year);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record the office's financing of a year", description = SHARE + "A new year is created (201); "
            + "a change of a recorded year needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkPlanViews.FinancingView.class)))
    @APIResponse(responseCode = "201", description = "Recorded for a new year", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkPlanViews.FinancingView.class)))
    public RestResponse<WorkPlanViews.FinancingView> put(@PathParam("year") int year,
            @HeaderParam("If-Match") @Parameter(description = "Absent: a new year (201); present: the ETag of the "
                    + "financing the change is based on", extensions = @Extension(
                    name = se.sodertalje.euportal.common.openapi.IntegrationContract.OPTIONAL, value = "true"))
            String ifMatch,
            @Valid @NotNull WorkPlanViews.FinancingRequest request) {
        OfficeFinancingService.Saved saved = financing.put(year, ifMatch, request);
        return RestResponse.ResponseBuilder.<WorkPlanViews.FinancingView>create(saved.created()
                ? RestResponse.Status.CREATED : RestResponse.Status.OK).entity(saved.view())
                .tag(ETags.of(saved.view().version())).build();
    }
}
