package se.sodertalje.euportal.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.idea.IdeaService;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/results")
@Tag(name = "Results library", description = "Past projects' results and lessons, published from accepted final reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Inject
    LibraryService library;

    @Inject
    IdeaService ideas;

    @Inject
    ApplicationAccess applications;

    /*
     * The similar projects of an idea or an application are asked for here rather than under their own
     * paths: the library reads ideas and applications, and they know nothing of the library (one-way).
     */
    @GET
    @Path("similar")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Past projects closest to an idea or an application", description = "Up to five entries "
            + "of the results library by full-text similarity, the closest first, with a lesson each: to an idea's "
            + "title and description (ideaId), or to an application's title, summary, objectives and its call's "
            + "topics (applicationId; its own project is left out). Exactly one of the two is given; an idea or "
            + "application the caller cannot reach answers 404.")
    @APIResponse(responseCode = "200", description = "The closest past projects, the closest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResultListItem.class)))
    @APIResponse(responseCode = "404", description = "No such idea or application, or of a unit outside the caller's")
    public List<ResultListItem> similar(@QueryParam("ideaId") UUID ideaId, @QueryParam("applicationId") UUID applicationId) {
        if ((ideaId == null) == (applicationId == null)) {
            throw ApiProblem.invalid(ideaId == null ? "ideaId" : "applicationId",
                    "give either an idea or an application", ProblemCode.REQUIRED);
        }
        return ideaId != null ? library.similarToIdea(ideas.reachable(ideaId))
                : library.similarToApplication(applications.reachable(applicationId));
    }

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Search the results library", description = "Full text in Swedish and English over titles, "
            + "summaries, topics, results and lessons (web-search syntax: words, \"phrases\", -not, or); "
            + "the best matches first. Other units' internal parts are neither shown nor matched.")
    public Page<ResultListItem> search(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Size(max = 500) @Parameter(description = "Words to find") String q,
            @QueryParam("unitId") UUID unitId, @QueryParam("programmeId") UUID programmeId,
            @QueryParam("fund") @Size(max = 40) @Parameter(description = "e.g. ERDF, ESF_PLUS") String fund,
            @QueryParam("year") @Min(1990) @Max(2100) @Parameter(description = "The year the project ended") Integer year,
            @QueryParam("theme") @Size(max = 200) @Parameter(description = "A topic of the project's call") String theme) {
        return library.search(paging, new LibraryService.Filter(q, unitId, programmeId, fund, year, theme));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a library entry", description = "Internal parts are null for other units "
            + "(listed in hiddenParts). The ETag header carries the version to send in If-Match.")
    public RestResponse<ResultView> get(@PathParam("id") UUID id) {
        return Responses.tagged(library.get(id), ResultView::version);
    }

    @PUT
    @Path("{id}/visibility")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Mark parts of a library entry internal", description = "The project's unit or the "
            + "International Office; needs If-Match. 403 LIBRARY-001 for other units.")
    public RestResponse<ResultView> visibility(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull VisibilityRequest request) {
        return Responses.tagged(library.setVisibility(id, ifMatch, request), ResultView::version);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a library entry", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return library.history(id);
    }
}
