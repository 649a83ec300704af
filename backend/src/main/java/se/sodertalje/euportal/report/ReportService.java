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
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectLifecycle;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectService;
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
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess unitAccess;

    @Inject
    ReportAccess access;

    @Inject
    ReportClaims claims;

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
            throw ApiProblem.conflict(ProblemCode.REPORT_006, "The project has this report already");
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
        return view(access.reachable(id));
    }

    @Transactional
    public ReportView update(UUID id, String ifMatch, ReportContent content) {
        ProjectReport report = access.editable(id);
        ETags.requireMatch(ifMatch, report.version);
        report.content = content;
        report.updatedAt = clock.instant();
        em.flush();
        return view(report);
    }

    @Transactional
    public ReportView transition(UUID id, String ifMatch, ReportTransitionRequest request) {
        ProjectReport report = access.reachable(id);
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
                claims.freezeRate(report).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        List<ReportRules.Unevidenced> unevidenced = report.kind == ReportKind.FINANCIAL ? unevidenced(report.id) : List.of();
        List<FieldError> evidence = ReportRules.checkEvidence(report.kind, request, unevidenced);
        if (!evidence.isEmpty()) {
            throw new ApiProblem(409, ProblemCode.REPORT_013, "Conflict", unevidenced.size() + " line(s) have no evidence; "
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

    @Transactional
    public ReportView recordPayment(UUID id, String ifMatch, PaymentRequest payment) {
        ProjectReport report = access.reachable(id);
        Project project = projects.writable(report.projectId);
        ETags.requireMatch(ifMatch, report.version);
        if (report.kind != ReportKind.FINANCIAL || report.status != ReportStatus.SENT_TO_FUNDER) {
            throw ApiProblem.conflict(ProblemCode.REPORT_009, "A payment is recorded for a financial report sent to the funder");
        }
        List<FieldError> errors = ReportRules.checkPayment(payment.paidOn(), report.sentOn,
                LocalDate.now(clock.withZone(Clocks.STOCKHOLM)));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        report.paidAmount = payment.paidAmount();
        report.paidOn = payment.paidOn();
        report.updatedAt = clock.instant();
        em.flush();
        lifecycle.paymentRecorded(project);
        return view(report);
    }

    /** The caller's roles that count on this report: unit roles only in the own units. */
    private Set<String> rolesFor(ProjectReport report) {
        return unitAccess.rolesFor(Project.<Project>findById(report.projectId).unitId);
    }

    private void record(ProjectReport report, ReportTransitionRequest request) {
        switch (request.action()) {
            case SEND_TO_FUNDER -> {
                report.sentOn = request.sentOn();
                report.funderReference = request.funderReference().trim();
                if (report.kind == ReportKind.FINANCIAL) {
                    report.euClaimed = claims.claimOf(report).euClaimed();
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
