package se.sodertalje.euportal.report;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/projects/{projectId}")
@Tag(name = "Reports", description = "A project's reporting schedule and its progress, financial and final reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectReportResource {

    @Inject
    ReportService reports;

    @Inject
    ScheduleService schedules;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("reports")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "List a project's reports", description = "By period (progress before financial), the final report last.")
    public List<ReportView> list(@PathParam("projectId") UUID projectId) {
        return reports.list(projectId);
    }

    @POST
    @Path("reports")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Start a report", description = "A progress or financial report for one of the project's "
            + "periods (REPORT-001), or the final report; one of each (409 REPORT-006). The report is at /api/v1/reports/{id}.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public RestResponse<ReportView> create(@PathParam("projectId") UUID projectId, @Valid @NotNull ReportRequest request,
            UriInfo uri) {
        ReportView created = reports.create(projectId, request);
        return RestResponse.ResponseBuilder.<ReportView>created(uri.getBaseUriBuilder().path("api/v1/reports")
                .path(created.id().toString()).build()).entity(created).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("schedule")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The reporting schedule", description = "Each period with its deadline and reports, and what is "
            + "due next. Each period's version is its ETag for moving its deadline.")
    public ScheduleView schedule(@PathParam("projectId") UUID projectId) {
        return schedules.schedule(projectId);
    }

    @GET
    @Path("periods/{number}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "One reporting period", description = "Its deadline and reports; its ETag is what moving the "
            + "deadline needs.")
    public RestResponse<PeriodView> get(@PathParam("projectId") UUID projectId, @PathParam("number") int number) {
        return Responses.tagged(schedules.period(projectId, number), PeriodView::version);
    }

    @PUT
    @Path("periods/{number}")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Move a period's report deadline", description = "To the funder's date; not before the period "
            + "ends (REPORT-012). Needs If-Match with the period's version.")
    public ScheduleView moveDeadline(@PathParam("projectId") UUID projectId, @PathParam("number") int number,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DeadlineRequest request) {
        return schedules.moveDeadline(projectId, number, ifMatch, request);
    }
}
