package se.sodertalje.euportal.partner.search;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/partner-searches")
@Tag(name = "Partner searches", description = "Requests for partners, ranked matches and expressions of interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerSearchResource {

    @Inject
    PartnerSearchService searches;

    @Inject
    MatchService matcher;

    @Inject
    InterestService interests;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The partner searches of the caller's units", description = "Newest first unless asked otherwise.")
    public Page<PartnerSearchView> list(@Valid @BeanParam PageParams paging, @QueryParam("unitId") UUID unitId,
            @QueryParam("status") SearchStatus status, @QueryParam("applicationId") UUID applicationId,
            @QueryParam("ideaId") UUID ideaId) {
        return searches.list(paging, new PartnerSearchService.SearchFilter(unitId, status, applicationId, ideaId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a partner search", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<PartnerSearchView> get(@PathParam("id") UUID id) {
        return Responses.tagged(searches.get(id), PartnerSearchView::version);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Post a partner search for one of the caller's units")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerSearchView.class)))
    public RestResponse<PartnerSearchView> create(@Valid @NotNull PartnerSearchRequest request, UriInfo uri) {
        PartnerSearchView created = searches.create(request);
        return Responses.created(uri, created.id(), created, PartnerSearchView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace a partner search", description = "Needs If-Match; close it with status CLOSED.")
    public RestResponse<PartnerSearchView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnerSearchRequest request) {
        return Responses.tagged(searches.update(id, ifMatch, request), PartnerSearchView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a partner search", description = "With its expressions of interest.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        searches.delete(id, ifMatch);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/matches")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Organisations ranked by relevance to the search, each with why it matched",
            description = "Candidates are organisations whose register entry holds any word of the topic or expertise "
                    + "sought (full text in English, Swedish and as written) in the countries and of the types sought. "
                    + "Ranked by weighted text relevance (expertise, name, description, past EU projects), then an "
                    + "expression of interest, lead experience when a lead partner is sought, earlier partnerships "
                    + "and twin towns. The order is the ranking; sort is refused.")
    public Page<MatchView> matches(@PathParam("id") UUID id, @Valid @BeanParam PageParams paging) {
        return matcher.matches(id, paging);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/interests")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Expressions of interest in the search")
    public List<InterestView> interests(@PathParam("id") UUID id) {
        return interests.list(id);
    }

    @POST
    @Path("{id}/interests")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record an organisation's expression of interest", description = "Not in a closed search "
            + "(409 SEARCH-001), once per organisation (409 SEARCH-002); one received after the deadline is marked late.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterestView.class)))
    public RestResponse<InterestView> recordInterest(@PathParam("id") UUID id, @Valid @NotNull InterestRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, interests.record(id, request));
    }

    @DELETE
    @Path("{id}/interests/{interestId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Remove an expression of interest recorded by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeInterest(@PathParam("id") UUID id, @PathParam("interestId") UUID interestId) {
        interests.remove(id, interestId);
    }
}
