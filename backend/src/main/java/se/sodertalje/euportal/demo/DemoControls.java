package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationService;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.budget.Budget;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.control.ControlAction;
import se.sodertalje.euportal.control.ControlCertificate;
import se.sodertalje.euportal.control.ControlClarification;
import se.sodertalje.euportal.control.ControlDraw;
import se.sodertalje.euportal.control.ControlEvent;
import se.sodertalje.euportal.control.ControlFigures;
import se.sodertalje.euportal.control.ControlLine;
import se.sodertalje.euportal.control.ControlStatus;
import se.sodertalje.euportal.control.Decision;
import se.sodertalje.euportal.control.ProjectController;
import se.sodertalje.euportal.control.ReportControl;
import se.sodertalje.euportal.control.SampleMethod;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.report.ClaimCalculator;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.Expenditure;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportAction;
import se.sodertalje.euportal.report.ReportContent;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.report.ReportTransition;

/**
 * Control of expenditure for the demo (issue 19): UTB's "Språkstöd i förskolan" (ERDF Stockholm,
 * SEK, July 2025 – June 2027), with cora.controller appointed as its first-level controller. The
 * first period's claim was controlled and closed (a deduction for a calculation error and a parked
 * licence invoice), then sent and paid as controlled; the second period's claim is in control: the
 * parked invoice carried in, a random sample drawn, a question to the unit unanswered.
 */
@ApplicationScoped
public class DemoControls {

    private static final Logger LOG = Logger.getLogger(DemoControls.class);
    static final String ACRONYM = "SPRÅKFÖR";
    private static final DemoUser ANNA = DemoUser.ANNA;
    private static final DemoUser ADA = DemoUser.ADA;
    private static final DemoUser CORA = DemoUser.CORA;
    private static final BigDecimal RATE_1 = new BigDecimal("11.1500");
    private static final BigDecimal RATE_2 = new BigDecimal("11.0200");

    /** A one-page PDF standing in for the signed certificate. */
    private static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    ApplicationService applications;

    @Inject
    ProjectService projects;

    void onStart(@Observes @Priority(8) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        FundingCall call = FundingCall.find("identifier", "ERUF-STHLM-2026-3").firstResult();
        PartnerOrganisation municipality = PartnerOrganisation.find("legalName", "Södertälje kommun").firstResult();
        if (call == null || municipality == null || ProjectController.count() > 0
                || Project.count("acronym", ACRONYM) > 0) {
            return;
        }
        Application application = new Application();
        application.unitId = Unit.<Unit>find("code", "UTB").firstResult().id;
        application.callId = call.id;
        application.title = "Språkstöd i förskolan";
        application.acronym = ACRONYM;
        application.summary = "Förskollärare får stöd i språkutvecklande arbetssätt för flerspråkiga barn.";
        application.periodStart = LocalDate.of(2025, 7, 1);
        application.periodEnd = LocalDate.of(2027, 6, 30);
        application.createdBySubject = ANNA.subject;
        application.createdByName = ANNA.displayName;
        application.createdAt = at(LocalDate.of(2025, 3, 3));
        application.persist();

        ApplicationPartner lead = new ApplicationPartner();
        lead.applicationId = application.id;
        lead.organisationId = municipality.id;
        lead.role = PartnerRole.LEAD_PARTNER;
        lead.addedBySubject = ANNA.subject;
        lead.addedByName = ANNA.displayName;
        lead.addedAt = application.createdAt;
        lead.persist();

        BudgetContent budget = DemoProjects.budget(municipality.id);
        Budget draft = new Budget();
        draft.applicationId = application.id;
        draft.content = budget;
        draft.updatedBySubject = ANNA.subject;
        draft.updatedByName = ANNA.displayName;
        draft.updatedAt = at(LocalDate.of(2025, 4, 1));
        draft.persist();
        version(draft, 1, VersionKind.SUBMITTED, LocalDate.of(2025, 4, 10));
        version(draft, 2, VersionKind.GRANTED, LocalDate.of(2025, 6, 12));
        application.funderReference = "20250412";
        application.submittedOn = LocalDate.of(2025, 4, 10);
        application.decisionOn = LocalDate.of(2025, 6, 12);
        application.grantedAmount = BudgetCalculator.summarise(budget, 4).euShare();
        application.status = ApplicationStatus.GRANTED;
        applications.snapshot(application, at(LocalDate.of(2025, 4, 10)));
        Project project = projects.startFrom(application);
        project.createdAt = at(LocalDate.of(2025, 6, 12));

        ProjectController controller = new ProjectController();
        controller.projectId = project.id;
        controller.controllerSubject = CORA.subject;
        controller.controllerName = CORA.displayName;
        controller.controllerEmail = "cora.controller@example.org";
        controller.appointedBySubject = ADA.subject;
        controller.appointedByName = ADA.displayName;
        controller.appointedAt = at(LocalDate.of(2025, 6, 20));
        controller.persist();

        Expenditure parked = firstClaimControlled(project, municipality.id, budget);
        secondClaimInControl(project, municipality.id, parked);
        LOG.infof("Demo data: project %s with a closed control and one running (controller %s)", ACRONYM, CORA.username);
    }

    /** Period 1: controlled by Cora (one deduction, one parked line, one line outside the sample), sent and paid. */
    private Expenditure firstClaimControlled(Project project, UUID partner, BudgetContent budget) {
        ProjectReport claim = report(project, 1, "Löner juli–december och licenser.", LocalDate.of(2026, 1, 10));
        Expenditure manager = expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2025, 12, 22),
                "Södertälje kommun, lön", "Projektledare 50 %, juli–december", "LÖN-2025-12-PL", "126000.00", "0", false);
        Expenditure tutors = expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2025, 12, 22),
                "Södertälje kommun, lön", "Språkpedagoger, juli–december", "LÖN-2025-12-SP", "198500.00", "0", false);
        Expenditure licences = expenditure(claim, partner, CostCategory.EXTERNAL_EXPERTISE, LocalDate.of(2025, 9, 1),
                "Läromedia Norden AB", "Licenser för språkappar, läsåret 2025/26", "LM-90211", "62500.00", "12500.00", true);
        Expenditure course = expenditure(claim, partner, CostCategory.EXTERNAL_EXPERTISE, LocalDate.of(2025, 10, 14),
                "Språkforum AB", "Kursdag om språkutvecklande arbetssätt", "SF-3318", "18750.00", "0", false);
        claim.rateMonth = LocalDate.of(2026, 1, 1);
        claim.unitsPerEur = RATE_1;
        claim.firstSubmittedAt = at(LocalDate.of(2026, 1, 12));
        transition(claim, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, LocalDate.of(2026, 1, 12), ANNA);

        ReportControl control = control(claim, LocalDate.of(2026, 1, 19));
        ControlDraw draw = draw(control, SampleMethod.RANDOM, 20260119L, 3, LocalDate.of(2026, 1, 19));
        line(control, manager, draw, Decision.VERIFIED, null, null, "Lönespecifikationer och tidrapporter stämmer.",
                LocalDate.of(2026, 1, 26));
        line(control, tutors, draw, Decision.DEDUCTED, "12500.00", "CALCULATION_ERROR",
                "Timmar i december räknades två gånger.", LocalDate.of(2026, 1, 26));
        line(control, licences, draw, Decision.PARKED, null, null,
                "Avtalet med leverantören saknas; prövas i nästa ansökan.", LocalDate.of(2026, 1, 27));
        ControlClarification question = clarification(control, null, "Skicka avtalet med Läromedia Norden AB.",
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3));
        question.answer = "Avtalet söks hos upphandlingsenheten; vi skickar det med nästa ansökan.";
        question.answeredBySubject = ANNA.subject;
        question.answeredByName = ANNA.displayName;
        question.answeredAt = at(LocalDate.of(2026, 1, 23));
        control.findings = "Ett beräkningsfel i lönerna för språkpedagogerna; licensfakturan saknar avtal.";
        control.followUpNext = "Bifoga avtalet för licenserna; stäm av timmar mot tidrapporterna före inlämning.";
        control.conclusion = "Utgifterna är stödberättigande med ett avdrag på 12 500,00 kronor; licensfakturan är parkerad.";
        certificate(control, LocalDate.of(2026, 1, 28));
        control.status = ControlStatus.CLOSED;
        control.closedBySubject = CORA.subject;
        control.closedByName = CORA.displayName;
        control.closedAt = at(LocalDate.of(2026, 1, 28));
        event(control, ControlAction.CLOSE, null, LocalDate.of(2026, 1, 28), CORA);

        List<ControlFigures.Line> lines = List.of(
                new ControlFigures.Line(ClaimLine.of(manager), true, false, Decision.VERIFIED, null, null),
                new ControlFigures.Line(ClaimLine.of(tutors), true, false, Decision.DEDUCTED, new BigDecimal("12500.00"),
                        "CALCULATION_ERROR"),
                new ControlFigures.Line(ClaimLine.of(licences), true, false, Decision.PARKED, null, null),
                new ControlFigures.Line(ClaimLine.of(course), false, false, null, null, null));
        claim.euClaimed = ClaimCalculator.summarise(1, Map.of(1, ControlFigures.afterControl(lines)), budget, RATE_1)
                .euClaimed();
        transition(claim, ReportAction.ACCEPT, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, LocalDate.of(2026, 2, 2), ADA);
        transition(claim, ReportAction.SEND_TO_FUNDER, ReportStatus.ACCEPTED, ReportStatus.SENT_TO_FUNDER,
                LocalDate.of(2026, 2, 5), ADA);
        claim.status = ReportStatus.SENT_TO_FUNDER;
        claim.sentOn = LocalDate.of(2026, 2, 5);
        claim.funderReference = "20250412-UB1";
        claim.paidAmount = claim.euClaimed;
        claim.paidOn = LocalDate.of(2026, 4, 16);
        project.lastPaymentOn = claim.paidOn;
        return licences;
    }

    /** Period 2: submitted, in control: the parked invoice carried in, a random sample, a question unanswered. */
    private void secondClaimInControl(Project project, UUID partner, Expenditure parked) {
        ProjectReport claim = report(project, 2, "Löner januari–juni.", LocalDate.of(2026, 7, 6));
        Expenditure manager = expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2026, 6, 25),
                "Södertälje kommun, lön", "Projektledare 50 %, januari–juni", "LÖN-2026-06-PL", "128400.00", "0", false);
        expenditure(claim, partner, CostCategory.STAFF, LocalDate.of(2026, 6, 25), "Södertälje kommun, lön",
                "Språkpedagoger, januari–juni", "LÖN-2026-06-SP", "201000.00", "0", false);
        expenditure(claim, partner, CostCategory.EXTERNAL_EXPERTISE, LocalDate.of(2026, 3, 18), "Språkforum AB",
                "Handledning i språkutvecklande arbetssätt", "SF-3402", "24000.00", "0", false);
        claim.rateMonth = LocalDate.of(2026, 9, 1);
        claim.unitsPerEur = RATE_2;
        claim.firstSubmittedAt = at(LocalDate.of(2026, 9, 8));
        claim.status = ReportStatus.SUBMITTED;
        transition(claim, ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED, LocalDate.of(2026, 9, 8), ANNA);

        ReportControl control = control(claim, LocalDate.of(2026, 9, 14));
        ControlLine carried = new ControlLine();
        carried.controlId = control.id;
        carried.expenditureId = parked.id;
        carried.carried = true;
        carried.persist();
        ControlDraw draw = draw(control, SampleMethod.RANDOM, 20260914L, 1, LocalDate.of(2026, 9, 14));
        ControlLine sampled = new ControlLine();
        sampled.controlId = control.id;
        sampled.expenditureId = manager.id;
        sampled.drawId = draw.id;
        sampled.persist();
        clarification(control, parked.id, "Bifoga avtalet med Läromedia Norden AB för licenserna.",
                LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 18));
        control.followUpPrevious = "Avtalet för licenserna är begärt på nytt.";
    }

    private ProjectReport report(Project project, int period, String comment, LocalDate created) {
        ProjectReport report = new ProjectReport();
        report.projectId = project.id;
        report.kind = ReportKind.FINANCIAL;
        report.periodNumber = period;
        report.content = new ReportContent(null, List.of(), List.of(), null, null, null, null, null, comment);
        report.createdBySubject = ANNA.subject;
        report.createdByName = ANNA.displayName;
        report.createdAt = at(created);
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

    private static ReportControl control(ProjectReport report, LocalDate on) {
        ReportControl control = new ReportControl();
        control.reportId = report.id;
        control.startedBySubject = CORA.subject;
        control.startedByName = CORA.displayName;
        control.startedAt = at(on);
        control.updatedAt = control.startedAt;
        control.persist();
        event(control, ControlAction.START, null, on, CORA);
        return control;
    }

    private static ControlDraw draw(ReportControl control, SampleMethod method, long seed, int size, LocalDate on) {
        ControlDraw draw = new ControlDraw();
        draw.controlId = control.id;
        draw.method = method;
        draw.seed = seed;
        draw.size = size;
        draw.linesAdded = size;
        draw.actorSubject = CORA.subject;
        draw.actorName = CORA.displayName;
        draw.at = at(on);
        draw.persist();
        return draw;
    }

    private static void line(ReportControl control, Expenditure e, ControlDraw draw, Decision decision, String deducted,
            String errorType, String comment, LocalDate on) {
        ControlLine line = new ControlLine();
        line.controlId = control.id;
        line.expenditureId = e.id;
        line.drawId = draw.id;
        line.decision = decision;
        line.deductedAmount = deducted == null ? null : new BigDecimal(deducted);
        line.errorType = errorType;
        line.comment = comment;
        line.decidedBySubject = CORA.subject;
        line.decidedByName = CORA.displayName;
        line.decidedAt = at(on);
        line.persist();
    }

    private static ControlClarification clarification(ReportControl control, UUID expenditure, String question,
            LocalDate asked, LocalDate due) {
        ControlClarification c = new ControlClarification();
        c.controlId = control.id;
        c.expenditureId = expenditure;
        c.question = question;
        c.askedBySubject = CORA.subject;
        c.askedByName = CORA.displayName;
        c.askedAt = at(asked);
        c.dueOn = due;
        c.persist();
        return c;
    }

    private static void certificate(ReportControl control, LocalDate on) {
        ControlCertificate certificate = new ControlCertificate();
        certificate.controlId = control.id;
        certificate.store("Kontrollintyg period 1.pdf", FileType.PDF, CERTIFICATE, CORA.subject, CORA.displayName, at(on));
        certificate.persist();
    }

    private static void event(ReportControl control, ControlAction action, String comment, LocalDate on, DemoUser actor) {
        ControlEvent event = new ControlEvent();
        event.controlId = control.id;
        event.action = action;
        event.comment = comment;
        event.actorSubject = actor.subject;
        event.actorName = actor.displayName;
        event.at = at(on);
        event.persist();
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
