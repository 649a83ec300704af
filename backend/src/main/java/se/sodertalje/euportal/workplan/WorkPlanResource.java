package se.sodertalje.euportal.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/work-plans")
@Tag(name = "Work plans", description = "The International Office's annual work plan, its follow-up per tertial with "
        + "figures bound to the portfolio, the board report, and the office's financing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkPlanResource {

    static final String READERS_DESCRIPTION = "Advisors and admins write; coordinators, advisors, auditors and admins "
            + "(those who see the portfolio) read.";

    @Inject
    WorkPlanService plans;

    @Inject
    BoardReportService reports;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @GET
    @Path("{year}/follow-ups/{tertial}/board-report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The follow-up as a report to the municipal board (PDF)", description = "Goal by goal: the "
            + "activities' status, the indicators against their targets with the trend, a chart of the bound ones. "
            + "In the language of ?lang, else of an Accept-Language preferring Swedish or English, else the caller's own; recorded in the export log.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response boardReportPdf(@PathParam("year") int year, @PathParam("tertial") Tertial tertial,
            @jakarta.ws.rs.QueryParam("lang") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                    description = "sv (default) or en") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return file(reports.write(year, tertial, se.sodertalje.euportal.export.ExportKind.PDF,
                reports.language(lang, acceptLanguage)), "application/pdf");
    }

    @GET
    @Path("{year}/follow-ups/{tertial}/board-report.docx")
    @Produces(DOCX)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The follow-up as a report to the municipal board (Word, DOCX)", description = "The same "
            + "content as the PDF, charts as pictures. In the language of ?lang, else of an Accept-Language preferring Swedish or English, else the caller's own; "
            + "recorded in the export log.")
    @APIResponse(responseCode = "200", description = "DOCX", content = @Content(mediaType = DOCX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response boardReportDocx(@PathParam("year") int year, @PathParam("tertial") Tertial tertial,
            @jakarta.ws.rs.QueryParam("lang") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                    description = "sv (default) or en") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return file(reports.write(year, tertial, se.sodertalje.euportal.export.ExportKind.DOCX,
                reports.language(lang, acceptLanguage)), DOCX);
    }

    private static jakarta.ws.rs.core.Response file(BoardReportService.ReportFile file, String mediaType) {
        return jakarta.ws.rs.core.Response.ok(file.bytes(), mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("X-Content-SHA256", file.sha256()).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The International Office's work plans, newest year first", description = READERS_DESCRIPTION)
    public List<WorkPlanViews.PlanSummary> list() {
        return plans.list();
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The figures an indicator can be bound to", description = "Each with its measure and the "
            + "filters (unit, fund, programme) it honours. A bound figure is the portfolio's own computation for the "
            + "binding's filter within the plan's year, read when a follow-up is recorded.")
    public List<WorkPlanViews.FigureView> figures() {
        return plans.figures();
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Write a year's work plan", description = "409 WORKPLAN-001 when the year has a plan; 400 "
            + "WORKPLAN-006 for a binding narrowed by a filter its figure does not honour.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkPlanViews.PlanView.class)))
    public RestResponse<WorkPlanViews.PlanView> create(@Valid @NotNull WorkPlanViews.PlanRequest request,
            @Context UriInfo uri) {
        WorkPlanViews.PlanView view = plans.create(request);
        return RestResponse.ResponseBuilder.<WorkPlanViews.PlanView>created(uri.getAbsolutePathBuilder()
                .path(Integer.toString(view.year())).build()).entity(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A year's work plan", description = READERS_DESCRIPTION)
    public RestResponse<WorkPlanViews.PlanView> get(@PathParam("year") int year) {
        return Responses.tagged(plans.get(year), WorkPlanViews.PlanView::version);
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Change a year's work plan", description = "The whole plan; needs If-Match. Goals, activities "
            + "and indicators keep their ids; new ones get theirs. Follow-ups already recorded keep their own copy.")
    public RestResponse<WorkPlanViews.PlanView> update(@PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WorkPlanViews.PlanRequest request) {
        return Responses.tagged(plans.update(year, ifMatch, request), WorkPlanViews.PlanView::version);
    }

    @GET
    @Path("{year}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a work plan and its follow-ups", description = "Newest first, with who "
            + "changed what.")
    public List<HistoryEntry> history(@PathParam("year") int year) {
        return plans.history(year);
    }

    @GET
    @Path("{year}/follow-ups")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A plan's follow-ups, T1 first", description = READERS_DESCRIPTION)
    public List<WorkPlanViews.FollowUpView> followUps(@PathParam("year") int year) {
        return plans.followUps(year);
    }

    @GET
    @Path("{year}/follow-ups/{tertial}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One tertial's follow-up", description = READERS_DESCRIPTION)
    public RestResponse<WorkPlanViews.FollowUpView> followUp(@PathParam("year") int year,
            @PathParam("tertial") Tertial tertial) {
        return Responses.tagged(plans.followUp(year, tertial), WorkPlanViews.FollowUpView::version);
    }

    @POST
    @Path("{year}/follow-ups/{tertial}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record a tertial's follow-up", description = "Each activity's status and comment, manual "
            + "indicators' values; bound indicators are computed now by the portfolio, with the trend against the "
            + "previous tertial. 409 WORKPLAN-003 when recorded already; 400 WORKPLAN-005 for an activity or indicator "
            + "not in the plan (or a value for a bound indicator).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkPlanViews.FollowUpView.class)))
    public RestResponse<WorkPlanViews.FollowUpView> record(@PathParam("year") int year,
            @PathParam("tertial") Tertial tertial, @Valid @NotNull WorkPlanViews.FollowUpRequest request,
            @Context UriInfo uri) {
        WorkPlanViews.FollowUpView view = plans.record(year, tertial, request);
        return RestResponse.ResponseBuilder.<WorkPlanViews.FollowUpView>created(uri.getAbsolutePath()).entity(view)
                .tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{year}/follow-ups/{tertial}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Change a tertial's follow-up", description = "Needs If-Match; bound indicators are computed "
            + "again. 409 WORKPLAN-004 once it is reported: its values stay as they were.")
    public RestResponse<WorkPlanViews.FollowUpView> change(@PathParam("year") int year,
            @PathParam("tertial") Tertial tertial, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WorkPlanViews.FollowUpRequest request) {
        return Responses.tagged(plans.change(year, tertial, ifMatch, request), WorkPlanViews.FollowUpView::version);
    }

    @POST
    @Path("{year}/follow-ups/{tertial}/reported")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Mark a follow-up reported", description = "Records who and when, and freezes it: its figures "
            + "stay as recorded whatever the data does afterwards. Needs If-Match; 409 WORKPLAN-004 when reported already.")
    public RestResponse<WorkPlanViews.FollowUpView> report(@PathParam("year") int year,
            @PathParam("tertial") Tertial tertial, @HeaderParam("If-Match") String ifMatch) {
        return Responses.tagged(plans.report(year, tertial, ifMatch), WorkPlanViews.FollowUpView::version);
    }
}
