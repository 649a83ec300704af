package se.sodertalje.euportal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.application.readiness.ApplicationReadiness;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Funding applications and their review workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {


    @Inject
    ApplicationService applications;

    @Inject
    ApplicationList list;

    @Inject
    ApplicationHistory history;

    @Inject
    ApplicationReadiness readiness;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List applications", description = "Applicants and coordinators see their own units'.")
    public Page<ApplicationListItem> list(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Text in title or acronym") String q,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("callId") UUID callId,
            @QueryParam("programmeId") UUID programmeId,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("callClosesBefore") @Parameter(description = "Only applications whose call closes before this "
                    + "instant (ISO date-time), to see what is due") OffsetDateTime callClosesBefore) {
        return list.list(paging, new ApplicationList.Filter(q, unitId, callId, programmeId, status,
                callClosesBefore == null ? null : callClosesBefore.toInstant()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get an application", description = "allowedActions lists the steps the caller may take now.")
    public RestResponse<ApplicationView> get(@PathParam("id") UUID id) {
        return Responses.tagged(applications.get(id), ApplicationView::version);
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Create an application (a draft)", description = "For one of the caller's units.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public RestResponse<ApplicationView> create(@Valid @NotNull ApplicationRequest request, UriInfo uri) {
        ApplicationView created = applications.create(request);
        return Responses.created(uri, created.id(), created, ApplicationView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Replace a draft's content", description = "Needs If-Match; only drafts can change (409 otherwise).")
    public RestResponse<ApplicationView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ApplicationRequest request) {
        return Responses.tagged(applications.update(id, ifMatch, request), ApplicationView::version);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Take a workflow step",
            description = "Needs If-Match. 403 when the caller's role may not take the step from this state, 409 when "
                    + "the step is impossible from this state. SUBMIT freezes the content (see /submitted).")
    public RestResponse<ApplicationView> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Responses.tagged(applications.transition(id, ifMatch, request), ApplicationView::version);
    }

    // A sibling of the view rather than part of it: the checklist reads the partnership and the budget,
    // which a list of applications, or the answer to every PUT, should not pay for.
    @GET
    @Path("{id}/readiness")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What comes next: the next steps, who may take each and what each still needs",
            description = "Each step names its roles, the people (when few; never service accounts), whether the "
                    + "caller may take it, and the checklist items (code, field, section, blocking) the gated steps "
                    + "(APPROVE_FOR_UNIT, CLEAR_FOR_SUBMISSION, SUBMIT) are refused for.")
    public Readiness readiness(@PathParam("id") UUID id) {
        return readiness.of(id);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/timeline")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The workflow steps taken, oldest first, with who, when and why")
    public List<TimelineEntry> timeline(@PathParam("id") UUID id) {
        return applications.timeline(id);
    }

    @GET
    @Path("{id}/submitted")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The application as submitted", description = "Frozen at submission with the SHA-256 of its "
            + "canonical JSON; 404 before submission.")
    public SubmittedApplication submitted(@PathParam("id") UUID id) {
        return applications.submitted(id);
    }

    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of an application and its partnership", description = "Newest first, with who "
            + "changed what; a partner's changes name the organisation under \"organisationId\". The workflow's steps "
            + "are in /timeline.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return history.of(id);
    }
}
