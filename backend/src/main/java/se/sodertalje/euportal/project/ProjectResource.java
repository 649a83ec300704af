package se.sodertalje.euportal.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.FileLog;
import se.sodertalje.euportal.audit.FileLogEntry;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.scan.RefusedUploadView;
import se.sodertalje.euportal.scan.RefusedUploads;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Funded projects, started when an application is granted")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectReadiness readiness;

    @Inject
    ProjectService projects;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    FileLog fileLog;

    @Inject
    RefusedUploads refusedUploads;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "List projects", description = "Applicants and coordinators see their own units'.")
    public Page<ProjectView> list(@Valid @BeanParam PageParams paging, @QueryParam("unitId") UUID unitId,
            @QueryParam("status") ProjectStatus status,
            @QueryParam("pastRetention") @Parameter(description = "Only closed projects whose retention date has passed: "
                    + "their documents may be deleted") Boolean pastRetention) {
        return projects.list(paging, unitId, status, Boolean.TRUE.equals(pastRetention));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Get a project")
    public RestResponse<ProjectView> get(@PathParam("id") UUID id) {
        return Responses.tagged(projects.get(id), ProjectView::version);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Take a lifecycle step", description = "Advisors: START_CLOSING, CLOSE (needs the funder's last "
            + "payment recorded, 409 PROJECT-002; sets the retention date from the programme's rule), ARCHIVE (read-only "
            + "from then on, 409 PROJECT-004 on changes). Needs If-Match; 403/409 PROJECT-001 for a step not allowed.")
    public RestResponse<ProjectView> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectTransitionRequest request) {
        return Responses.tagged(lifecycle.transition(id, ifMatch, request), ProjectView::version);
    }

    @PUT
    @Path("{id}/state-aid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Say whether state aid applies", description = "Its records are then kept for the programme's "
            + "state-aid years (10) instead of 5. Needs If-Match.")
    public RestResponse<ProjectView> stateAid(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StateAidRequest request) {
        return Responses.tagged(lifecycle.stateAid(id, ifMatch, request), ProjectView::version);
    }

    @DELETE
    @Path("{id}/documents")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a project's documents after its retention date", description = "The application's "
            + "attachments and the claims' evidence, by an admin, of an archived project only (409 PROJECT-006). Refused "
            + "before the retention date with the date (409 PROJECT-005). Each file is kept in the file log (name, size, "
            + "SHA-256, who and when) as PURGED.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteDocuments(@PathParam("id") UUID id) {
        lifecycle.deleteDocuments(id);
    }

    // A sibling of the project view, as for applications and reports.
    @GET
    @Path("{id}/readiness")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What comes next: the project's lifecycle steps, who may take each and what each still needs")
    public Readiness readiness(@PathParam("id") UUID id) {
        return readiness.of(id);
    }

    @GET
    @Path("{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a project", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return projects.history(id);
    }

    @GET
    @Path("{id}/file-log")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every upload and removal of the project's files", description = "The application's "
            + "attachments and the claims' evidence, oldest first: uploaded, deleted while a draft, or purged after the "
            + "retention date, each with its name, size, SHA-256, who and when. The entries stay when the file is gone.")
    public List<FileLogEntry> fileLog(@PathParam("id") UUID id) {
        return fileLog.ofApplication(projects.reachable(id).applicationId);
    }

    @GET
    @Path("{id}/refused-uploads")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The uploads to the project's records the virus scan refused", description = "Beside the file "
            + "log: the application's attachments, the claims' evidence and the control's files in which clamd found "
            + "malware, oldest first, each with who, when, the record, the file's name, size, SHA-256 and the signature "
            + "found. The files themselves were never stored.")
    public List<RefusedUploadView> refusedUploads(@PathParam("id") UUID id) {
        return refusedUploads.ofApplication(projects.reachable(id).applicationId);
    }
}
