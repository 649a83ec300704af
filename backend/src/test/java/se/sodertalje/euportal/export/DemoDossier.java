package se.sodertalje.euportal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.RevisionState;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.report.Indicator.IndicatorType;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;

/**
 * The demo project's dossier (demo/DemoProjects: STUDIEHJ, granted in December 2025, its first period
 * reported and paid), with a change request, a second partner of each role and a long name and comment
 * added, so every table has text to wrap. Built without a database: the PDF's layout is under test here.
 */
final class DemoDossier {

    static final Instant EXPORTED = Instant.parse("2026-12-07T09:30:00Z");

    private DemoDossier() {
    }

    static ProjectDossier dossier() {
        ProjectDossier.Facts facts = new ProjectDossier.Facts("Studiehandledning på modersmål med digitala verktyg",
                "STUDIEHJ", "UTB", "Utbildningskontoret", "Regionalfondsprogram för Stockholms län 2021–2027", Fund.ERDF,
                "ERUF-STHLM-2026-3 Kompetensförsörjning och inkludering", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), ProjectStatus.RUNNING, new BigDecimal("1523760.00"), "20251587",
                LocalDate.of(2025, 10, 15), LocalDate.of(2025, 12, 10));
        List<ProjectDossier.Partner> partners = List.of(
                new ProjectDossier.Partner("Södertälje kommun", "SE", PartnerRole.LEAD_PARTNER),
                new ProjectDossier.Partner("Stiftelsen för flerspråkigt lärande och digitala läromedel i Mälardalen",
                        "SE", PartnerRole.PARTNER),
                new ProjectDossier.Partner("Gemeinde Musterstadt, Amt für Bildung", "DE", PartnerRole.ASSOCIATED_PARTNER));
        List<ProjectDossier.Decision> decisions = new ArrayList<>();
        decisions.add(step(TransitionAction.APPROVE_FOR_UNIT, ApplicationStatus.DRAFT, ApplicationStatus.UNIT_APPROVED,
                "Carl Carlsson", "2025-09-20", null));
        decisions.add(step(TransitionAction.START_REVIEW, ApplicationStatus.UNIT_APPROVED, ApplicationStatus.IN_REVIEW,
                "Ada Andersson", "2025-09-25", null));
        decisions.add(step(TransitionAction.RETURN_FOR_CHANGES, ApplicationStatus.IN_REVIEW, ApplicationStatus.DRAFT,
                "Ada Andersson", "2025-09-28", "Komplettera budgeten med indirekta kostnader enligt programmets "
                        + "schablon på 15 procent av de direkta personalkostnaderna."));
        decisions.add(step(TransitionAction.CLEAR_FOR_SUBMISSION, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.READY_TO_SUBMIT, "Ada Andersson", "2025-10-10", null));
        decisions.add(step(TransitionAction.SUBMIT, ApplicationStatus.READY_TO_SUBMIT, ApplicationStatus.SUBMITTED,
                "Ada Andersson", "2025-10-15", null));
        decisions.add(step(TransitionAction.RECORD_GRANT, ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED,
                "Ada Andersson", "2025-12-10", "Beslut 2025-12-10, diarienummer 20251587"));
        List<ProjectDossier.BudgetVersionRow> versions = List.of(
                new ProjectDossier.BudgetVersionRow(1, VersionKind.SUBMITTED, null, at("2025-10-15"), "Ada Andersson",
                        new BigDecimal("3809400.00"), new BigDecimal("1523760.00"), null),
                new ProjectDossier.BudgetVersionRow(2, VersionKind.GRANTED, null, at("2025-12-10"), "Ada Andersson",
                        new BigDecimal("3809400.00"), new BigDecimal("1523760.00"), null),
                new ProjectDossier.BudgetVersionRow(3, VersionKind.REVISED, RevisionState.PROPOSED, at("2026-09-01"),
                        "Anna Berg", new BigDecimal("3847400.00"), new BigDecimal("1538960.00"),
                        "Resor till partnermötet i Musterstadt blev dyrare än beräknat"));
        List<ProjectDossier.CategoryMoney> categories = List.of(
                new ProjectDossier.CategoryMoney(BudgetCategory.STAFF, new BigDecimal("3120000.00"),
                        new BigDecimal("390000.00")),
                new ProjectDossier.CategoryMoney(BudgetCategory.TRAVEL_ACCOMMODATION, new BigDecimal("36000.00"),
                        new BigDecimal("8420.00")),
                new ProjectDossier.CategoryMoney(BudgetCategory.EXTERNAL_EXPERTISE, new BigDecimal("185400.00"),
                        new BigDecimal("61800.00")),
                new ProjectDossier.CategoryMoney(BudgetCategory.OTHER_COSTS_FLAT_RATE, new BigDecimal("468000.00"),
                        new BigDecimal("58500.00")));
        List<ProjectDossier.PartnerMoney> partnerMoney = List.of(
                new ProjectDossier.PartnerMoney("Södertälje kommun", new BigDecimal("3809400.00"),
                        new BigDecimal("518720.00"), new BigDecimal("207488.00")));
        List<ProjectDossier.ReportRow> reports = List.of(
                new ProjectDossier.ReportRow(ReportKind.PROGRESS, 1, ReportStatus.ACCEPTED, LocalDate.of(2026, 8, 31),
                        at("2026-08-20"), null, null, null, null, null, null, null, null),
                new ProjectDossier.ReportRow(ReportKind.FINANCIAL, 1, ReportStatus.SENT_TO_FUNDER,
                        LocalDate.of(2026, 8, 31), at("2026-08-25"), LocalDate.of(2026, 9, 15), "20251587-1",
                        new BigDecimal("518720.00"), new BigDecimal("207488.00"), new BigDecimal("207488.00"),
                        LocalDate.of(2026, 11, 2), "2026-08", new BigDecimal("11.2000")),
                new ProjectDossier.ReportRow(ReportKind.FINANCIAL, 2, ReportStatus.RETURNED, LocalDate.of(2027, 2, 28),
                        null, null, null, new BigDecimal("120000.00"), null, null, null, null, null),
                new ProjectDossier.ReportRow(ReportKind.FINAL, null, ReportStatus.DRAFT, LocalDate.of(2028, 2, 28),
                        null, null, null, null, null, null, null, null, null));
        List<ProjectDossier.IndicatorRow> indicators = List.of(
                new ProjectDossier.IndicatorRow("RCO 87", "Organisationer som samarbetar över gränserna", IndicatorType.OUTPUT,
                        "organisationer", new BigDecimal("3"), new BigDecimal("2")),
                new ProjectDossier.IndicatorRow("EECO 12", "Deltagare med utländsk bakgrund som fått studiehandledning "
                        + "på sitt modersmål", IndicatorType.RESULT, "deltagare", new BigDecimal("240"),
                        new BigDecimal("87")));
        List<ProjectDossier.AuditCount> audit = List.of(
                new ProjectDossier.AuditCount("auditProject", 3, at("2026-09-01")),
                new ProjectDossier.AuditCount("auditApplication", 14, at("2025-12-10")),
                new ProjectDossier.AuditCount("auditPeriods", 4, at("2025-12-10")),
                new ProjectDossier.AuditCount("auditReports", 9, at("2026-11-02")),
                new ProjectDossier.AuditCount("auditExpenditure", 41, at("2026-08-25")),
                new ProjectDossier.AuditCount("auditControlDecisions", 0, null),
                new ProjectDossier.AuditCount("auditReportSteps", 7, at("2026-11-02")));
        return new ProjectDossier(facts, partners, decisions, versions, categories, partnerMoney, reports, indicators,
                audit, "SEK", List.of(), Map.of());
    }

    static byte[] pdf(ExportLanguage lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectPdf.write(dossier(), lang, EXPORTED, out);
        return out.toByteArray();
    }

    private static ProjectDossier.Decision step(TransitionAction action, ApplicationStatus from, ApplicationStatus to,
            String who, String day, String comment) {
        return new ProjectDossier.Decision(action, from, to, who, at(day), comment);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }
}
