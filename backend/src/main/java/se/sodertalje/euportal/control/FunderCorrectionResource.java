package se.sodertalje.euportal.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/reports/{id}/funder-corrections")
@Tag(name = "Control")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FunderCorrectionResource {

    @Inject
    FunderCorrectionService corrections;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The funder's corrections of a paid claim", description = "With the claim's EU amount, the "
            + "payment and the shortfall.")
    public RestResponse<FunderCorrectionService.CorrectionsView> get(@PathParam("id") UUID id) {
        return Responses.tagged(corrections.get(id), FunderCorrectionService.CorrectionsView::reportVersion);
    }

    @PUT
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Record the funder's corrections", description = "Replaces them all. For a claim sent and paid "
            + "less than its EU amount (409 CONTROL-015); per partner of the budget and cost category, the eligible "
            + "expenditure not accepted and why. Needs If-Match with the report's version; later claims are measured "
            + "against the corrected one.")
    public RestResponse<FunderCorrectionService.CorrectionsView> replace(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ControlRequests.Corrections request) {
        return Responses.tagged(corrections.replace(id, ifMatch, request),
                FunderCorrectionService.CorrectionsView::reportVersion);
    }
}
