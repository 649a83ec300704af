package se.sodertalje.euportal.organisation;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Municipal departments, Telge companies and the International Office")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    CoverageService coverage;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List units", description = "Applicants and coordinators see only their own units.")
    public Page<UnitView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Text in name or code") String q,
            @QueryParam("type") UnitType type,
            @QueryParam("active") Boolean active) {
        return units.list(paging, new UnitService.UnitFilter(q, type, active));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a unit", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<UnitView> get(@PathParam("id") UUID id) {
        return Responses.tagged(units.get(id), UnitView::version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a unit")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public RestResponse<UnitView> create(@Valid @NotNull UnitRequest request, UriInfo uri) {
        UnitView created = units.create(request);
        return Responses.created(uri, created.id(), created, UnitView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a unit", description = "Needs If-Match with the unit's ETag.")
    public RestResponse<UnitView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitRequest request) {
        return Responses.tagged(units.update(id, ifMatch, request), UnitView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a unit", description = "Refused (409) while it has sub-units or contact persons.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        units.delete(id, ifMatch);
    }

    @GET
    @Path("coordinator-coverage")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Units without an active international coordinator",
            description = "Policy 2.d.iii requires one per unit. Coordinators see their own units.")
    public CoverageView coordinatorCoverage() {
        return coverage.coverage();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a unit", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return units.history(id);
    }
}
