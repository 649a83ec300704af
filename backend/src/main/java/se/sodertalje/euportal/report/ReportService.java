package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetForClaims;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectLifecycle;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.rate.ExchangeRates;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.ops.PortalMetrics;

/** A project's reports: written by the unit, reviewed by the International Office, sent to the funder. */
@ApplicationScoped
public class ReportService {

    @Inject
    ProjectService projects;

    @Inject
    PortalMetrics metrics;

    @Inject
    BudgetForClaims budgets;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    HistoryReader historyReader;

    @Inject
    ExchangeRates rates;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess access;

    @Inject
    ReportNotices nextActors;

    @Inject
    EntityManager em;

    @Inject
    ClaimControl controlled;


    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<FinalReportAccepted> finalAccepted;

    public List<ReportView> list(UUID projectId) {
        Project project = projects.reachable(projectId);
        return ProjectReport.<ProjectReport>list("projectId = ?1 order by periodNumber nulls last, kind desc", project.id).stream()
                .map(this::view).toList();
    }

    @Transactional
    public ReportView create(UUID projectId, ReportRequest request) {
        Project project = projects.writable(projectId);
        List<FieldError> errors = ReportRules.checkNew(request, (int) ProjectPeriod.count("projectId", project.id));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        boolean exists = request.kind() == ReportKind.FINAL
                ? ProjectReport.count("projectId = ?1 and kind = ?2", project.id, ReportKind.FINAL) > 0
                : ProjectReport.count("projectId = ?1 and kind = ?2 and periodNumber = ?3", project.id, request.kind(),
                        request.periodNumber()) > 0;
        if (exists) {
            throw ApiProblem.conflict("REPORT-006", "The project has this report already");
        }
        ProjectReport report = new ProjectReport();
        report.projectId = project.id;
        report.kind = request.kind();
        report.periodNumber = request.periodNumber();
        report.content = ReportContent.empty();
        report.createdBySubject = user.subject();
        report.createdByName = user.displayName();
        report.createdAt = clock.instant();
        report.updatedAt = report.createdAt;
        report.persist();
        em.flush();
        return view(report);
    }

    public ReportView get(UUID id) {
        return view(reachable(id));
    }

    @Transactional
    public ReportView update(UUID id, String ifMatch, ReportContent content) {
        ProjectReport report = editable(id);
        ETags.requireMatch(ifMatch, report.version);
        report.content = content;
        report.updatedAt = clock.instant();
        em.flush();
        return view(report);
    }

    @Transactional
    public ReportView transition(UUID id, String ifMatch, ReportTransitionRequest request) {
        ProjectReport report = reachable(id);
        projects.writable(report.projectId);
        ETags.requireMatch(ifMatch, report.version);
        ReportWorkflow.require(report.status, request.action(), rolesFor(report));
        controlled.check(report, request.action(), user.subject());
        List<FieldError> errors = new ArrayList<>(ReportRules.checkStep(request, LocalDate.now(clock.withZone(Clocks.STOCKHOLM))));
        if (request.action() == ReportAction.SUBMIT) {
            errors.addAll(ReportRules.checkSubmit(report.kind, report.content, Expenditure.count("reportId", report.id)));
            if (report.firstSubmittedAt == null) {
                report.firstSubmittedAt = clock.instant();
            }
            if (errors.isEmpty() && report.kind == ReportKind.FINANCIAL) {
                freezeRate(report).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        List<ReportRules.Unevidenced> unevidenced = report.kind == ReportKind.FINANCIAL ? unevidenced(report.id) : List.of();
        List<FieldError> evidence = ReportRules.checkEvidence(report.kind, request, unevidenced);
        if (!evidence.isEmpty()) {
            throw new ApiProblem(409, "REPORT-013", "Conflict", unevidenced.size() + " line(s) have no evidence; "
                    + "accept them only by confirming it with a comment", evidence);
        }
        ReportStatus from = report.status;
        report.status = ReportWorkflow.target(request.action());
        record(report, request);
        ReportTransition step = new ReportTransition();
        step.reportId = report.id;
        step.action = request.action();
        step.fromStatus = from;
        step.toStatus = report.status;
        step.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
        step.actorSubject = user.subject();
        step.actorName = user.displayName();
        step.at = clock.instant();
        if (ReportRules.VOUCHING.contains(request.action()) && !unevidenced.isEmpty()) {
            step.linesWithoutEvidence = unevidenced.size();
        }
        step.persist();
        metrics.workflowStep("report", step.action);
        tellWhoActsNext(report, step);
        report.updatedAt = step.at;
        em.flush();
        if (step.action == ReportAction.ACCEPT && report.kind == ReportKind.FINAL) {
            finalAccepted.fire(new FinalReportAccepted(report, step.actorSubject, step.actorName));
        }
        return view(report);
    }

    private void tellWhoActsNext(ProjectReport report, ReportTransition step) {
        if (step.action != ReportAction.SUBMIT && step.action != ReportAction.RETURN) {
            return;
        }
        Project project = Project.findById(report.projectId);
        if (step.action == ReportAction.SUBMIT) {
            nextActors.reportSubmitted(report.id, report.kind, report.periodNumber, project.title);
        } else {
            Application application = Application.findById(project.applicationId);
            nextActors.reportReturned(report.id, report.kind, report.periodNumber, project.title, application.id,
                    application.createdBySubject, report.createdBySubject, step.comment);
        }
    }

    /** A report's expenditure lines without any evidence file, in the order of their dates. */
    public List<ReportRules.Unevidenced> unevidenced(UUID reportId) {
        return em.createQuery("""
                select e.id, e.supplier, e.invoiceNumber, e.description from Expenditure e where e.reportId = :r
                and not exists (select 1 from ExpenditureEvidence v where v.expenditureId = e.id)
                order by e.spentOn, e.id""", Object[].class).setParameter("r", reportId).getResultList().stream()
                .map(r -> new ReportRules.Unevidenced((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    public List<ReportTimelineEntry> timeline(UUID id) {
        ProjectReport report = reachable(id);
        return ReportTransition.<ReportTransition>list("reportId = ?1 order by at, id", report.id).stream()
                .map(ReportTimelineEntry::of).toList();
    }

    /** The claim's figures: with the frozen rate, or (until the first submission) this month's if recorded. */
    public ClaimSummary claim(UUID id) {
        ProjectReport report = reachable(id);
        if (report.kind != ReportKind.FINANCIAL) {
            throw ApiProblem.conflict("REPORT-009", "Only a financial report claims money");
        }
        return claimOf(report);
    }

    @Transactional
    public ReportView recordPayment(UUID id, String ifMatch, PaymentRequest payment) {
        ProjectReport report = reachable(id);
        Project project = projects.writable(report.projectId);
        ETags.requireMatch(ifMatch, report.version);
        if (report.kind != ReportKind.FINANCIAL || report.status != ReportStatus.SENT_TO_FUNDER) {
            throw ApiProblem.conflict("REPORT-009", "A payment is recorded for a financial report sent to the funder");
        }
        if (payment.paidOn().isAfter(LocalDate.now(clock.withZone(Clocks.STOCKHOLM)))) {
            throw ApiProblem.invalid("paidOn", "must not be in the future", "REPORT-009");
        }
        report.paidAmount = payment.paidAmount();
        report.paidOn = payment.paidOn();
        report.updatedAt = clock.instant();
        em.flush();
        lifecycle.paymentRecorded(project);
        return view(report);
    }

    /**
     * The report's change history with its expenditure lines' (a line's changes name it under
     * "expenditure"), newest first.
     */
    public List<HistoryEntry> history(UUID id) {
        ProjectReport report = reachable(id);
        return historyReader.historyWithChildren(ProjectReport.class, report.id, ReportService::snapshot,
                Expenditure.class, "expenditure_aud", "report_id", ReportService::snapshot);
    }

    private static Map<String, Object> snapshot(ProjectReport r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", r.status);
        values.put("content", r.content);
        values.put("rateMonth", r.rateMonth);
        values.put("unitsPerEur", r.unitsPerEur);
        values.put("reopenReason", r.reopenReason);
        values.put("sentOn", r.sentOn);
        values.put("funderReference", r.funderReference);
        values.put("euClaimed", r.euClaimed);
        values.put("paidAmount", r.paidAmount);
        values.put("paidOn", r.paidOn);
        return values;
    }

    private static Map<String, Object> snapshot(Expenditure e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("expenditure", e.id);
        values.put("category", e.category);
        values.put("spentOn", e.spentOn);
        values.put("supplier", e.supplier);
        values.put("description", e.description);
        values.put("invoiceNumber", e.invoiceNumber);
        values.put("amount", e.amount);
        values.put("currency", e.currency);
        values.put("vatAmount", e.vatAmount);
        values.put("vatRecoverable", e.vatRecoverable);
        return values;
    }

    /** The report, if the caller may reach its project's unit; 404 otherwise. */
    public ProjectReport reachable(UUID id) {
        ProjectReport report = ProjectReport.findById(id);
        if (report == null) {
            throw ApiProblem.notFound("Report " + id);
        }
        ApiProblem.asNotFound("Report " + id, () -> projects.reachable(report.projectId));
        return report;
    }

    /** The report, if its content may change now (409 REPORT-010 otherwise). */
    ProjectReport editable(UUID id) {
        ProjectReport report = reachable(id);
        projects.writable(report.projectId);
        if (!ReportWorkflow.isEditable(report.status)) {
            throw ApiProblem.conflict("REPORT-010", "Only a draft or returned report can be changed; this one is "
                    + report.status);
        }
        return report;
    }

    /** The caller's roles that count on this report: unit roles only in the own units. */
    private Set<String> rolesFor(ProjectReport report) {
        return access.rolesFor(Project.<Project>findById(report.projectId).unitId);
    }

    /** The project's application (its budget and partnership). */
    public Application applicationOf(ProjectReport report) {
        Project project = Project.findById(report.projectId);
        return Application.findById(project.applicationId);
    }

    /** The budget claims are measured against; an empty SEK budget when the application has none. */
    public BudgetContent budgetOf(Application application) {
        BudgetContent current = budgets.current(application.id);
        return current != null ? current : new BudgetContent(Currency.SEK, null, List.of(), List.of());
    }

    /**
     * The figures of a financial report (see {@link #claim}): after its control, when it has one, and
     * measured against the earlier claims as controlled and as the funder corrected them.
     */
    public ClaimSummary claimOf(ProjectReport report) {
        return claimWith(report, controlled.lines(report, null));
    }

    /** The figures of a financial report if it claimed these lines (e.g. as declared, before control). */
    public ClaimSummary claimWith(ProjectReport report, List<ClaimLine> thisClaim) {
        BudgetContent budget = budgetOf(applicationOf(report));
        Map<Integer, List<ClaimLine>> claims = new TreeMap<>();
        claims.put(report.periodNumber, thisClaim);
        ProjectReport.<ProjectReport>list("projectId = ?1 and kind = ?2 and periodNumber < ?3 and firstSubmittedAt is not null",
                report.projectId, ReportKind.FINANCIAL, report.periodNumber)
                .forEach(earlier -> claims.put(earlier.periodNumber, controlled.lines(earlier, budget.currency())));
        BigDecimal rate = report.unitsPerEur != null ? report.unitsPerEur
                : rates.unitsPerEur("SEK", YearMonth.now(clock.withZone(Clocks.STOCKHOLM))).orElse(null);
        return ClaimCalculator.summarise(report.periodNumber, claims, budget, rate);
    }

    /**
     * At a financial report's first submission (and at a later one if it had no rate then): the
     * rate of the month of the first submission, frozen with the report; REPORT-004 if it is missing.
     */
    private Optional<FieldError> freezeRate(ProjectReport report) {
        if (report.unitsPerEur != null) {
            return Optional.empty();
        }
        List<Currency> currencies = Expenditure.<Expenditure>list("reportId", report.id).stream().map(e -> e.currency)
                .distinct().toList();
        if (!ReportRules.needsRate(budgetOf(applicationOf(report)).currency(), currencies)) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(report.firstSubmittedAt.atZone(Clocks.STOCKHOLM));
        Optional<BigDecimal> rate = rates.unitsPerEur("SEK", month);
        if (rate.isEmpty()) {
            return Optional.of(ReportRules.missingRate(month));
        }
        report.rateMonth = month.atDay(1);
        report.unitsPerEur = rate.get();
        return Optional.empty();
    }

    private void record(ProjectReport report, ReportTransitionRequest request) {
        switch (request.action()) {
            case SEND_TO_FUNDER -> {
                report.sentOn = request.sentOn();
                report.funderReference = request.funderReference().trim();
                if (report.kind == ReportKind.FINANCIAL) {
                    report.euClaimed = claimOf(report).euClaimed();
                }
            }
            case REOPEN -> report.reopenReason = request.comment().trim();
            default -> {
            }
        }
    }

    ReportView view(ProjectReport report) {
        boolean editable = ReportWorkflow.isEditable(report.status) && (user.hasRole(Roles.APPLICANT)
                || user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADVISOR));
        LocalDate due = report.periodNumber == null ? lastDue(report.projectId) : ProjectPeriod
                .<ProjectPeriod>find("projectId = ?1 and number = ?2", report.projectId, report.periodNumber)
                .firstResultOptional().map(p -> p.reportDue).orElse(null);
        return new ReportView(report.id, report.projectId, report.kind, report.periodNumber, report.status, report.content,
                report.kind == ReportKind.PROGRESS ? indicators(report) : List.of(), due,
                report.rateMonth == null ? null : YearMonth.from(report.rateMonth).toString(), report.unitsPerEur,
                report.firstSubmittedAt, report.reopenReason, report.sentOn, report.funderReference, report.euClaimed,
                report.paidAmount, report.paidOn, new Actor(report.createdBySubject, report.createdByName),
                report.createdAt, report.updatedAt, ReportWorkflow.allowedActions(report.status, rolesFor(report)), editable,
                report.version);
    }

    private static LocalDate lastDue(UUID projectId) {
        return ProjectPeriod.<ProjectPeriod>find("projectId = ?1 order by number desc", projectId).firstResultOptional()
                .map(p -> p.reportDue).orElse(null);
    }

    /** Each indicator with the sum of earlier periods' submitted values and the cumulative value. */
    private static List<IndicatorProgress> indicators(ProjectReport report) {
        Map<String, BigDecimal> previous = new LinkedHashMap<>();
        ProjectReport.<ProjectReport>list("projectId = ?1 and kind = ?2 and periodNumber < ?3 and firstSubmittedAt is not null",
                report.projectId, ReportKind.PROGRESS, report.periodNumber)
                .forEach(earlier -> earlier.content.indicators()
                        .forEach(i -> previous.merge(i.code(), i.thisPeriod(), BigDecimal::add)));
        return report.content.indicators().stream().map(i -> {
            BigDecimal before = previous.getOrDefault(i.code(), BigDecimal.ZERO);
            return new IndicatorProgress(i.code(), i.name(), i.type(), i.unit(), i.target(), before, i.thisPeriod(),
                    before.add(i.thisPeriod()));
        }).toList();
    }
}
