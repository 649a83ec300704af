package se.sodertalje.euportal.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Funded projects, started when an application is granted")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List projects", description = "Applicants and coordinators see their own units'.")
    public Page<ProjectView> list(@Valid @BeanParam PageParams paging, @QueryParam("unitId") UUID unitId,
            @QueryParam("status") ProjectStatus status) {
        return projects.list(paging, unitId, status);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a project")
    public RestResponse<ProjectView> get(@PathParam("id") UUID id) {
        return Responses.tagged(projects.get(id), ProjectView::version);
    }
}
