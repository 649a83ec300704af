package se.sodertalje.euportal.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.common.csv.CsvMedia;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/network")
@Tag(name = "Network", description = "The internal network of the municipality's EU project managers")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    @Inject
    NetworkService network;

    @GET
    @Path("members")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The directory of EU project managers", description = "Built from the contact persons with the "
            + "role EU project manager and the teams of running projects, one entry per person (matched by e-mail). "
            + "Paged like every list, by name (sort name or -name); as CSV with Accept: text/csv, every entry (recorded in "
            + "the export log).")
    public Page<NetworkMember> members(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Text in name or e-mail") String q,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("programmeId") UUID programmeId,
            @QueryParam("theme") @Parameter(description = "A topic of their projects' calls") String theme,
            @QueryParam("running") @Parameter(description = "Whether they have a running project") Boolean running) {
        return network.page(paging, new NetworkService.NetworkFilter(q, unitId, programmeId, theme, running));
    }
}
