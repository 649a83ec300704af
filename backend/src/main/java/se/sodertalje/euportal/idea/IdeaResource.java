package se.sodertalje.euportal.idea;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Year;
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
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.error.Problem;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/ideas")
@Tag(name = "Ideas", description = "Project ideas and their mandatory EU-funding screening (policy 2.d.iii)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {


    @Inject
    IdeaService ideas;

    @Inject
    ScreeningService screenings;

    @Inject
    ScreeningRateService rates;

    @Inject
    Clock clock;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List project ideas", description = "Applicants and coordinators see their own units' ideas.")
    public Page<IdeaView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Text in title or description") String q,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("status") IdeaStatus status,
            @QueryParam("screened") @Parameter(description = "Whether the screening is recorded") Boolean screened,
            @QueryParam("year") @Min(2000) @Max(2999)
            @Parameter(description = "Year the idea was recorded (Swedish time)") Integer year,
            @QueryParam("outcome") ScreeningOutcome outcome) {
        return ideas.list(paging, new IdeaService.IdeaFilter(q, unitId, status, screened, year, outcome));
    }

    @GET
    @Path("screening-rate")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Screening rate per unit for a year",
            description = "Share of the year's ideas whose EU-funding screening is recorded; coordinators see their own units.")
    public ScreeningRateView screeningRate(
            @QueryParam("year") @Min(2000) @Max(2999) @Parameter(description = "Defaults to the current year") Integer year) {
        return rates.rate(year != null ? year : Year.now(clock).getValue());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a project idea", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<IdeaView> get(@PathParam("id") UUID id) {
        return Responses.tagged(ideas.get(id), IdeaView::version);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record a project idea", description = "Applicants and coordinators only for their own units.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    public RestResponse<IdeaView> create(@Valid @NotNull IdeaRequest request, UriInfo uri) {
        IdeaView created = ideas.create(request);
        return Responses.created(uri, created.id(), created, IdeaView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace a project idea", description = "Needs If-Match; a closed idea cannot be changed (IDEA-002).")
    public RestResponse<IdeaView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IdeaRequest request) {
        return Responses.tagged(ideas.update(id, ifMatch, request), IdeaView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a project idea", description = "Needs If-Match; not when closed (IDEA-002). The history keeps it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        ideas.delete(id, ifMatch);
    }

    @PUT
    @Path("{id}/screening")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record the EU-funding screening of an idea",
            description = "Replaces any earlier screening. Needs If-Match with the idea's ETag; answers the idea with its new version.")
    @APIResponse(responseCode = "200", description = "The idea with its screening; ETag carries its new version",
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    public RestResponse<IdeaView> screen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScreeningRequest request) {
        return Responses.tagged(screenings.screen(id, ifMatch, request), IdeaView::version);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Close a project idea",
            description = "Needs If-Match. 409 IDEA-001 when the idea has no screening, IDEA-002 when already closed.")
    @APIResponse(responseCode = "200", description = "The closed idea; ETag carries its new version",
            headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    // The problem filter documents 412/428 for PUT and DELETE only; this POST changes a versioned record too.
    @APIResponse(responseCode = "412", description = "Stale If-Match: someone else changed the record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match header missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<IdeaView> close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.tagged(ideas.close(id, ifMatch), IdeaView::version);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a project idea", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return ideas.history(id);
    }
}
