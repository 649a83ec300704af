package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.PartnerPlan;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportAccess;
import se.sodertalje.euportal.report.ReportClaims;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * The funder's corrections of a claim it paid less for (CONTROL-015): per partner and cost category,
 * the eligible expenditure it did not accept, with its reason. Later claims are measured against the
 * claims as corrected, so the project's remaining budget stays true; "received" is the payment itself.
 */
@ApplicationScoped
public class FunderCorrectionService {

    @Schema(name = "FunderCorrectionView", requiredProperties = {"id", "partnerId", "category", "amount", "reason",
            "recordedBy", "recordedAt"})
    public record CorrectionView(UUID id, UUID partnerId, CostCategory category, BigDecimal amount, String reason,
            Actor recordedBy, Instant recordedAt) {
    }

    @Schema(name = "FunderCorrections", requiredProperties = {"reportId", "currency", "euClaimed", "paidAmount",
            "shortfall", "corrections", "total", "reportVersion"})
    public record CorrectionsView(UUID reportId, Currency currency, @Schema(nullable = true) BigDecimal euClaimed,
            @Schema(nullable = true) BigDecimal paidAmount,
            @Schema(nullable = true, description = "EU amount claimed − paid") BigDecimal shortfall,
            List<CorrectionView> corrections,
            @Schema(description = "The eligible expenditure the funder did not accept") BigDecimal total,
            @Schema(description = "The report's version: If-Match for a change") long reportVersion) {
    }

    @Inject
    ReportAccess reports;

    @Inject
    ReportClaims reportClaims;

    @Inject
    ProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public CorrectionsView get(UUID reportId) {
        return view(reports.reachable(reportId));
    }

    @Transactional
    public CorrectionsView replace(UUID reportId, String ifMatch, ControlRequests.Corrections request) {
        ProjectReport report = reports.reachable(reportId);
        projects.writable(report.projectId);
        ETags.requireMatch(ifMatch, report.version);
        if (report.kind != ReportKind.FINANCIAL || report.status != ReportStatus.SENT_TO_FUNDER || report.paidAmount == null
                || report.euClaimed == null || report.paidAmount.compareTo(report.euClaimed) >= 0) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_015, "The funder's corrections are recorded for a claim it paid less for "
                    + "than claimed");
        }
        BudgetContent budget = reportClaims.budgetOf(reportClaims.applicationOf(report));
        Set<UUID> partners = budget.partners().stream().map(PartnerPlan::partnerId).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.corrections().size(); i++) {
            if (!partners.contains(request.corrections().get(i).partnerId())) {
                errors.add(new FieldError("corrections[" + i + "].partnerId", "name a partner of the budget", ProblemCode.CONTROL_015));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        FunderCorrection.<FunderCorrection>list("reportId", report.id).forEach(FunderCorrection::delete);
        Instant now = clock.instant();
        for (ControlRequests.CorrectionLine line : request.corrections()) {
            FunderCorrection correction = new FunderCorrection();
            correction.reportId = report.id;
            correction.partnerId = line.partnerId();
            correction.category = line.category();
            correction.amount = line.amount();
            correction.reason = line.reason().trim();
            correction.recordedBySubject = user.subject();
            correction.recordedByName = user.displayName();
            correction.recordedAt = now;
            correction.persist();
        }
        report.updatedAt = now; // moves the report's version: a stale payment or correction is refused
        em.flush();
        return view(report);
    }

    private CorrectionsView view(ProjectReport report) {
        List<CorrectionView> corrections = FunderCorrection.<FunderCorrection>list("reportId = ?1 order by recordedAt, id",
                report.id).stream().map(f -> new CorrectionView(f.id, f.partnerId, f.category, f.amount, f.reason,
                        new Actor(f.recordedBySubject, f.recordedByName), f.recordedAt)).toList();
        BigDecimal total = corrections.stream().map(CorrectionView::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        BigDecimal shortfall = report.euClaimed == null || report.paidAmount == null ? null
                : report.euClaimed.subtract(report.paidAmount);
        return new CorrectionsView(report.id, reportClaims.budgetOf(reportClaims.applicationOf(report)).currency(), report.euClaimed,
                report.paidAmount, shortfall, corrections, total, report.version);
    }
}
