package se.sodertalje.euportal.control;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/control-error-types")
@Tag(name = "Control")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ErrorTypeResource {

    @Inject
    ErrorTypeService types;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The typology of errors a deduction names", description = "Retired types stay (active false): "
            + "earlier deductions name them.")
    public List<ErrorTypeService.ErrorTypeView> list() {
        return types.list();
    }

    @POST
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Add an error type", description = "409 CONTROL-016 when the code exists.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ErrorTypeService.ErrorTypeView.class)))
    public RestResponse<ErrorTypeService.ErrorTypeView> create(@Valid @NotNull ControlRequests.ErrorTypeRequest request) {
        ErrorTypeService.ErrorTypeView view = types.create(request);
        return RestResponse.ResponseBuilder.<ErrorTypeService.ErrorTypeView>create(RestResponse.Status.CREATED)
                .entity(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Rename or retire an error type", description = "Needs If-Match; the code does not change.")
    public RestResponse<ErrorTypeService.ErrorTypeView> update(@PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ControlRequests.ErrorTypeRequest request) {
        return Responses.tagged(types.update(code, ifMatch, request), ErrorTypeService.ErrorTypeView::version);
    }
}
