package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationService;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.ApplicationTransition;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.budget.Budget;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetLine;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.budget.ContributionSource;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.FlatRateChoice;
import se.sodertalje.euportal.budget.LineKind;
import se.sodertalje.euportal.budget.PartnerPlan;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.report.ClaimCalculator;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.Expenditure;
import se.sodertalje.euportal.report.Indicator;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportContent;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.report.ReportTransition;

/**
 * A running project for the demo: UTB's "Studiehandledning på modersmål" (ERDF Stockholm, SEK),
 * granted in December 2025 for 2026–2027, with its first period reported: the progress report
 * accepted, the payment claim sent to the funder and paid. The second period's reports are due
 * next (anna.applicant writes them; ada.advisor reviews).
 */
@ApplicationScoped
public class DemoProjects {

    private static final Logger LOG = Logger.getLogger(DemoProjects.class);
    private static final DemoUser ANNA = DemoUser.ANNA;
    private static final DemoUser ADA = DemoUser.ADA;
    /** The SEK rate frozen with the demo claim (first submitted in August 2026): a demo figure, not InforEuro's. */
    private static final BigDecimal CLAIM_RATE = new BigDecimal("11.2000");

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    ApplicationService applications;

    @Inject
    ProjectService projects;

    void onStart(@Observes @Priority(7) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        FundingCall call = FundingCall.find("identifier", "ERUF-STHLM-2026-3").firstResult();
        PartnerOrganisation municipality = PartnerOrganisation.find("legalName", "Södertälje kommun").firstResult();
        if (Project.count() > 0 || call == null || municipality == null) {
            return;
        }
        Application application = new Application();
        application.unitId = Unit.<Unit>find("code", "UTB").firstResult().id;
        application.callId = call.id;
        application.title = "Studiehandledning på modersmål med digitala verktyg";
        application.acronym = "STUDIEHJ";
        application.summary = "Nyanlända elever får studiehandledning på sitt modersmål, på plats och digitalt.";
        application.periodStart = LocalDate.of(2026, 1, 1);
        application.periodEnd = LocalDate.of(2027, 12, 31);
        application.createdBySubject = ANNA.subject;
        application.createdByName = ANNA.displayName;
        application.createdAt = at(LocalDate.of(2025, 8, 20));
        application.persist();

        ApplicationPartner lead = new ApplicationPartner();
        lead.applicationId = application.id;
        lead.organisationId = municipality.id;
        lead.role = PartnerRole.LEAD_PARTNER;
        lead.addedBySubject = ANNA.subject;
        lead.addedByName = ANNA.displayName;
        lead.addedAt = application.createdAt;
        lead.persist();

        BudgetContent budget = budget(municipality.id);
        BigDecimal euShare = BudgetCalculator.summarise(budget, 4).euShare();
        Budget draft = new Budget();
        draft.applicationId = application.id;
        draft.content = budget;
        draft.updatedBySubject = ANNA.subject;
        draft.updatedByName = ANNA.displayName;
        draft.updatedAt = at(LocalDate.of(2025, 10, 1));
        draft.persist();
        version(draft, 1, VersionKind.SUBMITTED, LocalDate.of(2025, 10, 15));
        version(draft, 2, VersionKind.GRANTED, LocalDate.of(2025, 12, 10));

        application.funderReference = "20251587";
        application.submittedOn = LocalDate.of(2025, 10, 15);
        application.decisionOn = LocalDate.of(2025, 12, 10);
        application.grantedAmount = euShare;
        application.status = ApplicationStatus.GRANTED;
        step(application, TransitionAction.APPROVE_FOR_UNIT, ApplicationStatus.DRAFT, ApplicationStatus.UNIT_APPROVED,
                LocalDate.of(2025, 9, 20), DemoUser.CARL);
        step(application, TransitionAction.START_REVIEW, ApplicationStatus.UNIT_APPROVED, ApplicationStatus.IN_REVIEW,
                LocalDate.of(2025, 9, 25), ADA);
        step(application, TransitionAction.CLEAR_FOR_SUBMISSION, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.READY_TO_SUBMIT, LocalDate.of(2025, 10, 10), ADA);
        step(application, TransitionAction.SUBMIT, ApplicationStatus.READY_TO_SUBMIT, ApplicationStatus.SUBMITTED,
                LocalDate.of(2025, 10, 15), ADA);
        step(application, TransitionAction.RECORD_GRANT, ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED,
                LocalDate.of(2025, 12, 10), ADA);
        applications.snapshot(application, at(LocalDate.of(2025, 10, 15)));
        Project project = projects.startFrom(application);
        project.createdAt = at(LocalDate.of(2025, 12, 10));

        firstPeriodReported(project, municipality.id, budget);
        LOG.infof("Demo data: project %s granted %s SEK, its first period reported and paid", application.acronym,
                euShare.toPlainString());
    }

    /** Two tutors and a project manager on monthly salaries, licences, 15 % indirect costs on staff, 40 % EU. */
    static BudgetContent budget(UUID partner) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int period = 1; period <= 4; period++) {
            lines.add(staff("pm-" + period, partner, period, "Projektledare, 50 %", "48000", "50", "430"));
            lines.add(staff("tutor-" + period, partner, period, "Studiehandledare på arabiska och somaliska", "36000",
                    "100", "800"));
        }
        lines.add(new BudgetLine("licences", partner, CostCategory.EXTERNAL_EXPERTISE, 1, LineKind.REAL_COST, Currency.SEK,
                "Licenser för digitala läromedel på modersmål", new BigDecimal("120000.00"), null, null, null, null, null,
                null, null));
        List<FlatRateChoice> rates = List.of(new FlatRateChoice(FlatRateType.INDIRECT_ON_STAFF_COSTS, new BigDecimal("15")));
        BudgetContent unfunded = new BudgetContent(Currency.SEK, new BigDecimal("11.4830"),
                List.of(new PartnerPlan(partner, rates, new BigDecimal("40"), Map.of())), lines);
        Map<ContributionSource, BigDecimal> own = new EnumMap<>(ContributionSource.class);
        own.put(ContributionSource.OWN_MUNICIPAL_FUNDS, BudgetCalculator.summarise(unfunded, 4).partners().get(0).remainder());
        return new BudgetContent(Currency.SEK, unfunded.sekPerEur(),
                List.of(new PartnerPlan(partner, rates, new BigDecimal("40"), own)), lines);
    }

    private static BudgetLine staff(String id, UUID partner, int period, String description, String salary,
            String employment, String hours) {
        return new BudgetLine(id, partner, CostCategory.STAFF, period, LineKind.STAFF_HOURLY, Currency.SEK, description,
                null, null, null, null, new BigDecimal(salary), new BigDecimal(employment), new BigDecimal(hours), null);
    }

    private void firstPeriodReported(Project project, UUID partner, BudgetContent budget) {
        ProjectReport progress = report(project, ReportKind.PROGRESS, new ReportContent(
                "Studiehandledning på arabiska och somaliska i sex skolor; en lärplattform med ordlistor på modersmål.",
                List.of("Lärplattform i drift", "Rutin för studiehandledning"),
                List.of(new Indicator("RCO 67", "Elever som fått studiehandledning", Indicator.IndicatorType.OUTPUT,
                        "elever", new BigDecimal("240"), new BigDecimal("96"))),
                "Rekryteringen av studiehandledare på somaliska drog ut en månad.", null, null, null, null, null));
        ProjectReport claim = report(project, ReportKind.FINANCIAL, new ReportContent(null, List.of(), List.of(), null, null,
                null, null, null, "Löner januari–juni och licenser för läsåret."));
        List<Expenditure> lines = List.of(
                expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2026, 6, 25), "Södertälje kommun, lön",
                        "Projektledare 50 %, januari–juni", "LÖN-2026-06-PL", "128400.00", "0", false),
                expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2026, 6, 25), "Södertälje kommun, lön",
                        "Studiehandledare, januari–juni", "LÖN-2026-06-SH", "201000.00", "0", false),
                expenditure(claim, partner, CostCategory.EXTERNAL_EXPERTISE, LocalDate.of(2026, 2, 3), "Läromedia Norden AB",
                        "Licenser för digitala läromedel, läsåret 2025/26", "LM-88412", "150000.00", "30000.00", true));
        claim.rateMonth = LocalDate.of(2026, 8, 1);
        claim.unitsPerEur = CLAIM_RATE;
        claim.firstSubmittedAt = at(LocalDate.of(2026, 8, 20));
        claim.euClaimed = ClaimCalculator.summarise(1, Map.of(1, lines.stream().map(ClaimLine::of).toList()), budget,
                CLAIM_RATE).euClaimed();
        claim.sentOn = LocalDate.of(2026, 9, 2);
        claim.funderReference = "20251587-UB1";
        claim.paidAmount = claim.euClaimed;
        claim.paidOn = LocalDate.of(2026, 10, 20);
        project.lastPaymentOn = claim.paidOn;
        claim.status = ReportStatus.SENT_TO_FUNDER;
        progress.status = ReportStatus.ACCEPTED;
        progress.firstSubmittedAt = at(LocalDate.of(2026, 8, 18));
        transition(progress, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, LocalDate.of(2026, 8, 18),
                ANNA);
        transition(progress, ReportAction.ACCEPT, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, LocalDate.of(2026, 8, 25),
                ADA);
        transition(claim, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, LocalDate.of(2026, 8, 20),
                ANNA);
        transition(claim, ReportAction.ACCEPT, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, LocalDate.of(2026, 8, 28),
                ADA);
        transition(claim, ReportAction.SEND_TO_FUNDER, ReportStatus.ACCEPTED, ReportStatus.SENT_TO_FUNDER,
                LocalDate.of(2026, 9, 2), ADA);
    }

    private ProjectReport report(Project project, ReportKind kind, ReportContent content) {
        ProjectReport report = new ProjectReport();
        report.projectId = project.id;
        report.kind = kind;
        report.periodNumber = 1;
        report.content = content;
        report.createdBySubject = ANNA.subject;
        report.createdByName = ANNA.displayName;
        report.createdAt = at(LocalDate.of(2026, 7, 6));
        report.updatedAt = report.createdAt;
        report.persist();
        return report;
    }

    private static Expenditure expenditure(ProjectReport report, UUID partner, CostCategory category, LocalDate spentOn,
            String supplier, String description, String invoice, String amount, String vat, boolean recoverable) {
        Expenditure e = new Expenditure();
        e.reportId = report.id;
        e.partnerId = partner;
        e.category = category;
        e.spentOn = spentOn;
        e.supplier = supplier;
        e.description = description;
        e.invoiceNumber = invoice;
        e.paidOn = spentOn.plusDays(20);
        e.amount = new BigDecimal(amount);
        e.currency = Currency.SEK;
        e.vatAmount = new BigDecimal(vat);
        e.vatRecoverable = recoverable;
        e.persist();
        return e;
    }

    private static void version(Budget budget, int number, VersionKind kind, LocalDate on) {
        BudgetVersion version = new BudgetVersion();
        version.budgetId = budget.id;
        version.number = number;
        version.kind = kind;
        version.content = budget.content;
        version.createdBySubject = ADA.subject;
        version.createdByName = ADA.displayName;
        version.createdAt = at(on);
        version.persist();
    }

    private static void step(Application application, TransitionAction action, ApplicationStatus from,
            ApplicationStatus to, LocalDate on, DemoUser actor) {
        ApplicationTransition step = new ApplicationTransition();
        step.applicationId = application.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = to;
        step.actorSubject = actor.subject;
        step.actorName = actor.displayName;
        step.at = at(on);
        step.persist();
    }

    private static void transition(ProjectReport report, ReportAction action, ReportStatus from, ReportStatus to,
            LocalDate on, DemoUser actor) {
        ReportTransition step = new ReportTransition();
        step.reportId = report.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = to;
        step.actorSubject = actor.subject;
        step.actorName = actor.displayName;
        step.at = at(on);
        step.persist();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Clocks.STOCKHOLM).toInstant();
    }
}
