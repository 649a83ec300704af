package se.sodertalje.euportal.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationTransition;
import se.sodertalje.euportal.budget.Budget;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetForClaims;
import se.sodertalje.euportal.budget.BudgetSummary;
import se.sodertalje.euportal.budget.BudgetRevision;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.budget.Money;
import se.sodertalje.euportal.control.ControlErrorType;
import se.sodertalje.euportal.control.ControlService;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.ClaimSummary;
import se.sodertalje.euportal.report.Expenditure;
import se.sodertalje.euportal.report.Indicator;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportClaims;

/** Gathers a project's dossier for the auditors' exports, from the records themselves. */
@ApplicationScoped
public class DossierService {

    @Inject
    ProjectService projects;

    @Inject
    BudgetForClaims budgets;

    @Inject
    ReportClaims reportClaims;

    @Inject
    EntityManager em;

    @Inject
    ControlService controls;

    /** The project, if the caller may reach it (404 otherwise). */
    public Project reachable(UUID projectId) {
        return projects.reachable(projectId);
    }

    public ProjectDossier dossier(Project project) {
        Application application = Application.findById(project.applicationId);
        Unit unit = Unit.findById(project.unitId);
        FundingCall call = project.callId == null ? null : FundingCall.findById(project.callId);
        Programme programme = call == null ? null : Programme.findById(call.programmeId);
        Map<UUID, String> names = partnerNames(application.id);
        List<ProjectDossier.Partner> partners = ApplicationPartner.<ApplicationPartner>list(
                "applicationId = ?1 order by role, addedAt", application.id).stream()
                .map(p -> {
                    PartnerOrganisation o = PartnerOrganisation.findById(p.organisationId);
                    return new ProjectDossier.Partner(o.legalName, o.country, p.role);
                }).toList();
        List<ProjectDossier.Decision> decisions = ApplicationTransition.<ApplicationTransition>list(
                "applicationId = ?1 order by at, id", application.id).stream()
                .map(t -> new ProjectDossier.Decision(t.action, t.fromStatus, t.toStatus, t.actorName,
                        t.at, t.comment)).toList();

        BudgetContent current = budgets.current(application.id);
        List<ProjectDossier.BudgetVersionRow> versions = new ArrayList<>();
        Budget budget = Budget.find("applicationId", application.id).firstResult();
        int periods = (int) ProjectPeriod.count("projectId", project.id);
        if (budget != null) {
            BudgetVersion.<BudgetVersion>list("budgetId = ?1 order by number", budget.id).forEach(v -> {
                BudgetSummary s = BudgetCalculator.summarise(v.content, periods);
                // A change request says where it stands: only an approved one is the granted baseline above.
                BudgetRevision request = BudgetRevision.findById(v.id);
                versions.add(new ProjectDossier.BudgetVersionRow(v.number, v.kind, request == null ? null : request.state,
                        v.createdAt, v.createdByName,
                        s.total(), s.euShare(), v.reason));
            });
        }
        BudgetSummary granted = current == null ? null : BudgetCalculator.summarise(current, periods);

        // Claimed: the eligible amounts of every claim submitted at least once, each at its own frozen rate.
        Map<BudgetCategory, BigDecimal> claimedByCategory = new EnumMap<>(BudgetCategory.class);
        Map<UUID, BigDecimal[]> byPartner = new LinkedHashMap<>(); // {granted, claimed, euClaimed}
        if (granted != null) {
            granted.partners().forEach(p -> byPartner.put(p.partnerId(), new BigDecimal[] {p.total(), Money.ZERO, Money.ZERO}));
        }
        List<ProjectDossier.ReportRow> reportRows = new ArrayList<>();
        List<ProjectDossier.ControlSection> controlSections = new ArrayList<>();
        Map<Integer, LocalDate> due = new HashMap<>();
        ProjectPeriod.<ProjectPeriod>list("projectId", project.id).forEach(p -> due.put(p.number, p.reportDue));
        for (ProjectReport report : ProjectReport.<ProjectReport>list(
                "projectId = ?1 order by periodNumber nulls last, kind desc", project.id)) {
            BigDecimal eligible = null;
            if (report.kind == ReportKind.FINANCIAL) {
                controls.viewOf(report).ifPresent(c -> controlSections.add(new ProjectDossier.ControlSection(
                        report.periodNumber, c)));
                ClaimSummary claim = reportClaims.claimOf(report);
                eligible = claim.eligibleTotal();
                if (report.firstSubmittedAt != null) {
                    claim.categories().forEach(c -> claimedByCategory.merge(c.category(), c.thisReport(), BigDecimal::add));
                    claim.partners().forEach(p -> {
                        BigDecimal[] row = byPartner.computeIfAbsent(p.partnerId(),
                                k -> new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO});
                        row[1] = row[1].add(p.thisReport());
                        row[2] = row[2].add(p.euClaimed());
                    });
                }
            }
            reportRows.add(new ProjectDossier.ReportRow(report.kind, report.periodNumber, report.status,
                    report.periodNumber == null ? due.get(periods) : due.get(report.periodNumber), report.firstSubmittedAt,
                    report.sentOn, report.funderReference, eligible, report.euClaimed, report.paidAmount, report.paidOn,
                    report.rateMonth == null ? null : YearMonth.from(report.rateMonth).toString(), report.unitsPerEur));
        }
        Map<BudgetCategory, BigDecimal> grantedByCategory = new EnumMap<>(BudgetCategory.class);
        if (granted != null) {
            granted.categories().forEach(c -> grantedByCategory.put(c.category(), c.amount()));
        }
        List<ProjectDossier.CategoryMoney> categories = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal g = grantedByCategory.get(category);
            BigDecimal c = claimedByCategory.get(category);
            if (g != null || c != null) {
                categories.add(new ProjectDossier.CategoryMoney(category, g == null ? Money.ZERO : g,
                        c == null ? Money.ZERO : c));
            }
        }
        List<ProjectDossier.PartnerMoney> partnerMoney = byPartner.entrySet().stream()
                .map(e -> new ProjectDossier.PartnerMoney(names.getOrDefault(e.getKey(), e.getKey().toString()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        ProjectDossier.Facts facts = new ProjectDossier.Facts(project.title, project.acronym, unit.code, unit.name,
                programme == null ? null : programme.name, programme == null ? null : programme.fund,
                call == null ? null : call.identifier + " " + call.title, project.periodStart, project.periodEnd,
                project.status, project.grantedAmount, application.funderReference, application.submittedOn,
                application.decisionOn);
        return new ProjectDossier(facts, partners, decisions, versions, categories, partnerMoney, reportRows,
                indicators(project), auditTrail(project), current == null ? "SEK" : current.currency().name(),
                controlSections, errorTypes());
    }

    private static Map<String, String[]> errorTypes() {
        Map<String, String[]> names = new HashMap<>();
        ControlErrorType.<ControlErrorType>listAll().forEach(t -> names.put(t.code, new String[] {t.nameSv, t.nameEn}));
        return names;
    }

    /** The latest submitted progress report's indicators with their cumulative values. */
    private static List<ProjectDossier.IndicatorRow> indicators(Project project) {
        Map<String, ProjectDossier.IndicatorRow> rows = new LinkedHashMap<>();
        for (ProjectReport report : ProjectReport.<ProjectReport>list("projectId = ?1 and kind = ?2 and firstSubmittedAt "
                + "is not null order by periodNumber", project.id, ReportKind.PROGRESS)) {
            for (Indicator i : report.content.indicators()) {
                ProjectDossier.IndicatorRow before = rows.get(i.code());
                BigDecimal achieved = (before == null ? BigDecimal.ZERO : before.achieved()).add(i.thisPeriod());
                rows.put(i.code(), new ProjectDossier.IndicatorRow(i.code(), i.name(), i.type(), i.unit(), i.target(),
                        achieved));
            }
        }
        return List.copyOf(rows.values());
    }

    private List<ProjectDossier.AuditCount> auditTrail(Project project) {
        List<ProjectDossier.AuditCount> counts = new ArrayList<>();
        count(counts, "auditProject", "select count(*), max(r.revtstmp) from project_aud a join revinfo r on r.rev = a.rev "
                + "where a.id = :p", project.id);
        count(counts, "auditApplication", "select count(*), max(r.revtstmp) from application_aud a join revinfo r on "
                + "r.rev = a.rev where a.id = :p", project.applicationId);
        count(counts, "auditPeriods", "select count(*), max(r.revtstmp) from project_period_aud a join revinfo r on "
                + "r.rev = a.rev where a.project_id = :p", project.id);
        count(counts, "auditReports", "select count(*), max(r.revtstmp) from project_report_aud a join revinfo r on "
                + "r.rev = a.rev where a.project_id = :p", project.id);
        count(counts, "auditExpenditure", "select count(*), max(r.revtstmp) from expenditure_aud a join revinfo r on "
                + "r.rev = a.rev where a.report_id in (select id from project_report where project_id = :p)", project.id);
        count(counts, "auditControlDecisions", "select count(*), max(r.revtstmp) from control_line_aud a join revinfo r on "
                + "r.rev = a.rev where a.control_id in (select c.id from report_control c join project_report x on "
                + "x.id = c.report_id where x.project_id = :p)", project.id);
        count(counts, "auditReportSteps", "select count(*), max((extract(epoch from t.at) * 1000)::bigint) from "
                + "report_transition t join project_report x on x.id = t.report_id where x.project_id = :p", project.id);
        return counts;
    }

    private void count(List<ProjectDossier.AuditCount> counts, String record, String sql, UUID id) {
        Object[] row = (Object[]) em.createNativeQuery(sql).setParameter("p", id).getSingleResult();
        long changes = ((Number) row[0]).longValue();
        Instant last = row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue());
        counts.add(new ProjectDossier.AuditCount(record, changes, last));
    }

    /** The project's expenditure lines, in report and date order, one at a time (bounded memory). */
    public void eachExpenditure(Project project, Consumer<ProjectDossier.ExpenditureRow> sink) {
        Map<UUID, String> names = partnerNames(project.applicationId);
        Map<UUID, ProjectReport> reportsById = new HashMap<>();
        ProjectReport.<ProjectReport>list("projectId", project.id).forEach(r -> reportsById.put(r.id, r));
        try (Stream<Expenditure> lines = em.createQuery("select e from Expenditure e where e.reportId in "
                + "(select r.id from ProjectReport r where r.projectId = :p) order by e.spentOn, e.id", Expenditure.class)
                .setParameter("p", project.id).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            lines.forEach(e -> {
                ProjectReport report = reportsById.get(e.reportId);
                sink.accept(new ProjectDossier.ExpenditureRow(report.periodNumber, names.getOrDefault(e.partnerId,
                        e.partnerId.toString()), e.category, e.spentOn, e.supplier, e.description, e.invoiceNumber,
                        e.paidOn, e.amount, e.currency.name(), e.vatAmount, e.vatRecoverable, ClaimLine.of(e).eligible(),
                        report.status));
                em.detach(e);
            });
        }
    }

    private static Map<UUID, String> partnerNames(UUID applicationId) {
        Map<UUID, String> names = new HashMap<>();
        ApplicationPartner.<ApplicationPartner>list("applicationId", applicationId).forEach(p -> {
            PartnerOrganisation o = PartnerOrganisation.findById(p.organisationId);
            names.put(p.organisationId, o.legalName);
        });
        return names;
    }
}
