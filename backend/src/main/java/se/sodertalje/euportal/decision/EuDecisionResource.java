package se.sodertalje.euportal.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/eu-decisions")
@Tag(name = "EU decisions", description = "EU decisions that affect the municipality's main tasks, and their follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EuDecisionResource {

    @Inject
    EuDecisionService decisions;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List EU decisions", description = "The follow-up list, newest decision first. As text/csv "
            + "(Accept) the same list is exported and recorded in the export log.")
    public List<EuDecisionView> list(@QueryParam("status") DecisionStatus status,
            @QueryParam("mainTask") MainTask mainTask,
            @QueryParam("unitId") @Parameter(description = "Decisions concerning this unit") UUID unitId,
            @QueryParam("q") @Parameter(description = "Text in the title or the act's reference") String q,
            @QueryParam("awaitingAnswers") @Parameter(description = "true: some concerned unit has not answered; "
                    + "false: all have") Boolean awaitingAnswers) {
        return decisions.list(new EuDecisionService.Filter(status, mainTask, unitId, q, awaitingAnswers));
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record an EU decision", description = "400 DECISION-001 unless actReference is a CELEX "
            + "number or an http(s) link. The coordinators of the units concerned are told (EU_DECISION) and asked "
            + "for their own assessment.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EuDecisionView.class)))
    public RestResponse<EuDecisionView> create(@Valid @NotNull EuDecisionRequest request, UriInfo uri) {
        EuDecisionView created = decisions.create(request);
        return Responses.created(uri, created.id(), created, EuDecisionView::version);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get an EU decision", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<EuDecisionView> get(@PathParam("id") UUID id) {
        return Responses.tagged(decisions.get(id), EuDecisionView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Change an EU decision", description = "Needs If-Match. Units added are told like at creation.")
    public RestResponse<EuDecisionView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EuDecisionRequest request) {
        return Responses.tagged(decisions.update(id, ifMatch, request), EuDecisionView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete an EU decision", description = "Needs If-Match; the units' answers go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        decisions.delete(id, ifMatch);
    }

    @PUT
    @Path("{id}/answers/{unitId}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR})
    @Operation(summary = "Answer for a concerned unit", description = "The unit's own assessment, by its coordinator or "
            + "members (403 DECISION-003 otherwise); 409 DECISION-002 when the decision does not concern the unit. "
            + "The first answer needs no If-Match; a change sends the answer's version (units[].answer.version). "
            + "Answers the decision.")
    public EuDecisionView answer(@PathParam("id") UUID id, @PathParam("unitId") UUID unitId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AnswerRequest request) {
        return decisions.answer(id, unitId, ifMatch, request);
    }

    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of an EU decision", description = "With the units' answers; newest first.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return decisions.history(id);
    }
}
