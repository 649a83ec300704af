package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.FileLog;
import se.sodertalje.euportal.budget.BudgetForClaims;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.project.Project;

/**
 * A financial report's expenditure lines, changed while the report is a draft or returned. A line
 * meets the budget's rules for its partner and category (BUDGET-004/005/008) and falls within the
 * project period (REPORT-011).
 */
@ApplicationScoped
public class ExpenditureService {

    @Inject
    ReportAccess reports;

    @Inject
    ReportClaims reportClaims;

    @Inject
    BudgetForClaims budgets;

    @Inject
    EntityManager em;

    @Inject
    FileLog fileLog;

    @Inject
    se.sodertalje.euportal.security.CurrentUser user;

    @Inject
    Clock clock;

    /** The most expenditure lines one claim may hold (the export benchmark's claim has 10 000). */
    public static final int MAX_LINES = 20_000;

    public List<ExpenditureView> list(UUID reportId) {
        ProjectReport report = reports.reachable(reportId);
        Map<UUID, Long> evidence = new HashMap<>();
        em.createQuery("select e.expenditureId, count(e) from ExpenditureEvidence e where e.expenditureId in "
                + "(select x.id from Expenditure x where x.reportId = :report) group by e.expenditureId", Object[].class)
                .setParameter("report", report.id).getResultList()
                .forEach(row -> evidence.put((UUID) row[0], (Long) row[1]));
        return Expenditure.<Expenditure>list("reportId = ?1 order by spentOn, id", report.id).stream()
                .map(e -> ExpenditureView.of(e, evidence.getOrDefault(e.id, 0L))).toList();
    }

    @Transactional
    public ExpenditureView add(UUID reportId, ExpenditureRequest request) {
        ProjectReport report = financialDraft(reportId);
        if (Expenditure.count("reportId", report.id) >= MAX_LINES) {
            throw ApiProblem.conflict(ProblemCode.REPORT_020, "A claim holds at most " + MAX_LINES + " expenditure lines")
                    .with(Map.of("max", MAX_LINES));
        }
        check(report, request);
        Expenditure line = new Expenditure();
        line.reportId = report.id;
        apply(line, request);
        line.persist();
        touch(report);
        em.flush();
        return ExpenditureView.of(line, 0);
    }

    /** One line of a report the caller may reach, with the version its changes need (If-Match). */
    public ExpenditureView get(UUID reportId, UUID id) {
        Expenditure line = reachable(reportId, id);
        return ExpenditureView.of(line, ExpenditureEvidence.count("expenditureId", line.id));
    }

    @Transactional
    public ExpenditureView update(UUID reportId, UUID id, String ifMatch, ExpenditureRequest request) {
        ProjectReport report = financialDraft(reportId);
        Expenditure line = find(report, id);
        ETags.requireMatch(ifMatch, line.version);
        check(report, request);
        apply(line, request);
        touch(report);
        em.flush();
        return ExpenditureView.of(line, ExpenditureEvidence.count("expenditureId", line.id));
    }

    @Transactional
    public void delete(UUID reportId, UUID id, String ifMatch) {
        ProjectReport report = financialDraft(reportId);
        Expenditure line = find(report, id);
        ETags.requireMatch(ifMatch, line.version);
        fileLog.removing(new Actor(user.subject(), user.displayName()), FileLog.Removal.DELETED);
        ExpenditureEvidence.delete("expenditureId", line.id);
        line.delete();
        touch(report);
    }

    /** The line, if it belongs to a report the caller may reach. */
    Expenditure reachable(UUID reportId, UUID id) {
        return find(reports.reachable(reportId), id);
    }

    /** A financial report whose lines may change now. */
    ProjectReport financialDraft(UUID reportId) {
        ProjectReport report = reports.editable(reportId);
        if (report.kind != ReportKind.FINANCIAL) {
            throw ApiProblem.conflict(ProblemCode.REPORT_009, "Only a financial report has expenditure lines");
        }
        return report;
    }

    private static Expenditure find(ProjectReport report, UUID id) {
        Expenditure line = Expenditure.findById(id);
        if (line == null || !line.reportId.equals(report.id)) {
            throw ApiProblem.notFound("Expenditure " + id);
        }
        return line;
    }

    private void check(ProjectReport report, ExpenditureRequest request) {
        Application application = reportClaims.applicationOf(report);
        Project project = Project.findById(report.projectId);
        List<FieldError> errors = new ArrayList<>();
        budgets.checkClaimedCost(application, reportClaims.budgetOf(application), request.partnerId(), request.category())
                .forEach(v -> errors.add(new FieldError(v.field().endsWith("partnerId") ? "partnerId" : "category",
                        v.message(), v.code(), v.params())));
        if ((project.periodStart != null && request.spentOn().isBefore(project.periodStart))
                || (project.periodEnd != null && request.spentOn().isAfter(project.periodEnd))) {
            Map<String, Object> period = new HashMap<>();
            period.put("periodStart", project.periodStart);
            period.put("periodEnd", project.periodEnd);
            period.values().removeIf(java.util.Objects::isNull);
            errors.add(new FieldError("spentOn", "must fall within the project period " + project.periodStart + " – "
                    + project.periodEnd, ProblemCode.REPORT_011, period));
        }
        if (request.vatAmount() != null && request.vatAmount().compareTo(request.amount()) > 0) {
            errors.add(new FieldError("vatAmount", "cannot exceed the amount " + request.amount().toPlainString(),
                    ProblemCode.REPORT_011, Map.of("amount", request.amount())));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static void apply(Expenditure line, ExpenditureRequest request) {
        line.partnerId = request.partnerId();
        line.category = request.category();
        line.spentOn = request.spentOn();
        line.supplier = request.supplier().trim();
        line.description = request.description().trim();
        line.invoiceNumber = request.invoiceNumber() == null || request.invoiceNumber().isBlank() ? null
                : request.invoiceNumber().trim();
        line.paidOn = request.paidOn();
        line.amount = request.amount();
        line.currency = request.currency();
        line.vatAmount = request.vatAmount() == null ? BigDecimal.ZERO : request.vatAmount();
        line.vatRecoverable = request.vatRecoverable();
    }

    /** A changed line changes its report: its version moves, so a stale report edit is refused. */
    private void touch(ProjectReport report) {
        report.updatedAt = clock.instant();
        em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
