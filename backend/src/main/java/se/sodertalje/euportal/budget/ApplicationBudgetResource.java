package se.sodertalje.euportal.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.ReadOnlyOperation;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/applications/{applicationId}/budget")
@Tag(name = "Budgets", description = "Project budgets under EU cost rules: draft, versions, comparison, export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationBudgetResource {

    @Inject
    BudgetService budgets;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The application's budget draft with its figures",
            description = "Totals per partner, category and period, derived flat rates and co-financing; the ETag "
                    + "header carries the version to send in If-Match. lines=false leaves content.lines and "
                    + "summary.lines empty: the figures of a budget of thousands of lines without its lines.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public Response get(@PathParam("applicationId") UUID applicationId,
            @QueryParam("lines") @DefaultValue("true") @Parameter(description = "false: the summary without the lines")
            boolean lines, @Context HttpHeaders headers) {
        BudgetDocuments.Document document = budgets.document(applicationId, lines);
        // Kept compressed (BudgetDocuments): sent as it is to a client that takes gzip, inflated for one that does not.
        String accepted = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        Response.ResponseBuilder answer = Response.ok().type(MediaType.APPLICATION_JSON_TYPE)
                .tag(ETags.of(document.stamp().version())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            return answer.entity(document.gzip()).encoding("gzip").build();
        }
        try {
            return answer.entity(new GZIPInputStream(new ByteArrayInputStream(document.gzip()))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Create the application's budget", description = "Only a valid budget is saved: a broken rule "
            + "answers 400 with its code (a BUDGET-0nn of the ProblemCode enum) and errors[] naming each offending field or line. "
            + "Needs the application's call (409 BUDGET-013) and a draft application (409 APPLICATION-002).")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public RestResponse<BudgetView> create(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull BudgetContent content) {
        BudgetView created = budgets.create(applicationId, content);
        return RestResponse.ResponseBuilder.<BudgetView>create(RestResponse.Status.CREATED).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @PUT
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Replace the budget draft", description = "Needs If-Match; saved only when valid, as on create.")
    public RestResponse<BudgetView> update(@PathParam("applicationId") UUID applicationId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BudgetContent content) {
        return Responses.tagged(budgets.update(applicationId, ifMatch, content), BudgetView::version);
    }

    @POST
    @Path("preview")
    @ReadOnlyOperation
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What a budget would come to, and the rules it would break, without saving it",
            description = "For an editor that recomputes totals and flat rates as the user types.")
    public BudgetPreview preview(@PathParam("applicationId") UUID applicationId, @Valid @NotNull BudgetContent content) {
        return budgets.preview(applicationId, content);
    }
}
