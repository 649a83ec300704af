package se.sodertalje.euportal.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.application.attachment.SafeFileName;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/budgets/{budgetId}")
@Tag(name = "Budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A change request after the grant. */
    public record Revision(@NotBlank @Size(max = 4000) String reason, @Valid @NotNull BudgetContent content) {
    }

    /** An advisor's decision on a change request, with the comment the unit reads. */
    public record RevisionDecision(@NotNull RevisionOutcome outcome, @NotBlank @Size(max = 4000) String comment) {
    }

    @Inject
    BudgetRevisions revisions;

    @Inject
    BudgetVersions budgets;

    @Inject
    BudgetExport export;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("versions")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The budget's frozen versions, oldest first", description = "Submitted with the application, "
            + "granted with the decision (and adjusted to the grant), revised by change requests (each with its request: "
            + "proposed, approved or rejected); baseline marks the version claims and exports count.")
    public List<VersionView> versions(@PathParam("budgetId") UUID budgetId) {
        return budgets.versions(budgetId);
    }

    @GET
    @Path("versions/{number}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "One frozen version with its figures")
    public VersionDetail version(@PathParam("budgetId") UUID budgetId, @PathParam("number") int number) {
        return budgets.version(budgetId, number);
    }

    @GET
    @Path("compare")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Two versions line by line", description = "Version 0 is the draft.")
    public BudgetComparison compare(@PathParam("budgetId") UUID budgetId,
            @QueryParam("from") @NotNull @Min(0) Integer from, @QueryParam("to") @NotNull @Min(0) Integer to) {
        return budgets.compare(budgetId, from, to);
    }

    @POST
    @Path("revisions")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Propose a change request after the grant", description = "A new REVISED version with its "
            + "reason and its request PROPOSED; it counts for claims and exports only once an advisor approves it. "
            + "Valid against the call's rules like a draft (400 with the rules' codes), its EU share at most the "
            + "amount granted (400 BUDGET-018). 409 BUDGET-016 before the grant, BUDGET-019 on a closed or archived "
            + "project, BUDGET-020 while another request of the budget is open.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public RestResponse<VersionView> revise(@PathParam("budgetId") UUID budgetId, @Valid @NotNull Revision revision) {
        return RestResponse.status(RestResponse.Status.CREATED, revisions.propose(budgetId, revision.reason(),
                revision.content()));
    }

    @POST
    @Path("versions/{number}/decision")
    @RolesAllowed({Roles.ADVISOR})
    @Operation(summary = "Approve or reject a change request", description = "Once, with a comment, on the request's "
            + "version (If-Match: the request's version; 428 without, 412 when stale). An approved revision becomes the "
            + "version claims and exports count. 409 BUDGET-021 when it was decided already, BUDGET-022 when the version "
            + "is no change request, BUDGET-023 when the caller proposed it (another advisor decides), BUDGET-019 on a "
            + "closed or archived project; 400 BUDGET-018 when its EU share is "
            + "above the grant.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public VersionView decide(@PathParam("budgetId") UUID budgetId, @PathParam("number") int number,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RevisionDecision decision) {
        return revisions.decide(budgetId, number, decision.outcome(), decision.comment(), ifMatch);
    }

    @POST
    @Path("granted")
    @RolesAllowed({Roles.ADVISOR})
    @Operation(summary = "Adjust the granted version to the amount the funder granted", description = "A new GRANTED "
            + "version whose EU share must equal the application's granted amount (400 BUDGET-014).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public RestResponse<VersionView> adjustToGrant(@PathParam("budgetId") UUID budgetId,
            @Valid @NotNull BudgetContent content) {
        return RestResponse.status(RestResponse.Status.CREATED, budgets.adjustToGrant(budgetId, content));
    }

    @GET
    @Path("xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The budget as an Excel workbook", description = "Lines, flat rates and totals with "
            + "co-financing; the draft unless a version is asked for.")
    @APIResponse(responseCode = "200", description = "XLSX workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> xlsx(@PathParam("budgetId") UUID budgetId,
            @QueryParam("version") @DefaultValue("0") @Min(0) @Parameter(description = "0 for the draft") int version) {
        BudgetExport.File file = export.xlsx(budgetId, version);
        return RestResponse.ResponseBuilder.ok(file.bytes(), XLSX)
                .header("Content-Disposition", SafeFileName.contentDisposition(file.name())).build();
    }
}
