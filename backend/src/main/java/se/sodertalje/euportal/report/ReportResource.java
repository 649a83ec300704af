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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/reports/{id}")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportReadiness readiness;

    @Inject
    ReportService reports;

    @Inject
    ReportHistory history;

    @Inject
    ReportClaims claims;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Get a report", description = "allowedActions lists the steps the caller may take now; a "
            + "progress report's indicators come with the earlier periods' values.")
    public RestResponse<ReportView> get(@PathParam("id") UUID id) {
        return Responses.tagged(reports.get(id), ReportView::version);
    }

    @PUT
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Replace a report's text", description = "Needs If-Match; only a draft or returned report "
            + "changes (409 REPORT-010). A change of its expenditure lines also moves its version.")
    public RestResponse<ReportView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportContent content) {
        return Responses.tagged(reports.update(id, ifMatch, content), ReportView::version);
    }

    @POST
    @Path("transitions")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR})
    @Operation(summary = "Take a workflow step", description = "Needs If-Match. The unit SUBMITs (REPORT-002/003; a "
            + "financial report's first submission freezes the EUR rate of its month, REPORT-004 when it is missing); "
            + "an advisor RETURNs with a comment, ACCEPTs, SENDs_TO_FUNDER with the date and reference (freezing the EU "
            + "amount claimed) or REOPENs with the reason. 403 REPORT-007 for a step the caller's role may not take, "
            + "409 REPORT-008 from the wrong state.")
    public RestResponse<ReportView> transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReportTransitionRequest request) {
        return Responses.tagged(reports.transition(id, ifMatch, request), ReportView::version);
    }

    // A sibling of the report rather than part of it, as for applications: it reads the lines' evidence.
    @GET
    @Path("readiness")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What comes next: the report's next steps, who may take each and what each still needs",
            description = "Submitting lists what the report must say or claim (REPORT-002, REPORT-003) and, advised, the "
                    + "lines without evidence; accepting and sending list those lines (REPORT-013), which the advisor "
                    + "accepts only by confirming with a comment.")
    public Readiness readiness(@PathParam("id") UUID id) {
        return readiness.of(id);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("timeline")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "The workflow steps taken, oldest first, with who, when and why")
    public List<ReportTimelineEntry> timeline(@PathParam("id") UUID id) {
        return history.timeline(id);
    }

    @GET
    @Path("claim")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "A financial report's figures", description = "In the granted budget's currency: this claim "
            + "and the claims so far per category and partner against the granted budget, overspend warnings, the EU "
            + "amount claimed and the EUR total (at the frozen rate, or this month's before the first submission).")
    public ClaimSummary claim(@PathParam("id") UUID id) {
        return claims.claim(id);
    }

    @PUT
    @Path("payment")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(summary = "Record the funder's payment of a claim", description = "For a financial report sent to the "
            + "funder (409 REPORT-009 otherwise), dated neither before it was sent nor in the future (400 REPORT-009 on "
            + "paidOn). Needs If-Match.")
    public RestResponse<ReportView> payment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PaymentRequest payment) {
        return Responses.tagged(reports.recordPayment(id, ifMatch, payment), ReportView::version);
    }

    @GET
    @Path("history")
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a report and its expenditure lines", description = "Newest first, with who "
            + "changed what; a line's changes name it under \"expenditure\".")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return history.history(id);
    }
}
