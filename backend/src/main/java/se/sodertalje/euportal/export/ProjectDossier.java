package se.sodertalje.euportal.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.RevisionState;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.control.ControlView;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.report.Indicator.IndicatorType;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;

/**
 * Everything an auditor's export of a project holds but its expenditure lines (those are streamed):
 * the project and its partners, the decisions, the budget versions, granted against claimed and
 * paid, the reports, the indicators and a summary of the audit trail.
 */
public record ProjectDossier(
        Facts facts,
        List<Partner> partners,
        List<Decision> decisions,
        List<BudgetVersionRow> budgetVersions,
        List<CategoryMoney> categories,
        List<PartnerMoney> partnerMoney,
        List<ReportRow> reports,
        List<IndicatorRow> indicators,
        List<AuditCount> auditTrail,
        String currency,
        List<ControlSection> controls,
        Map<String, String[]> errorTypes) {

    /** The control of a financial report (issue 19): its overview, decisions, clarifications and certificate. */
    public record ControlSection(Integer period, ControlView control) {
    }

    /** An error type's name in the export's language (its code when unknown). */
    public String errorType(String code, ExportLanguage lang) {
        String[] names = errorTypes.get(code);
        return code == null ? "" : names == null ? code : names[lang.ordinal()];
    }

    public record Facts(String title, String acronym, String unitCode, String unitName, String programme, Fund fund,
            String call, LocalDate periodStart, LocalDate periodEnd, ProjectStatus status, BigDecimal grantedAmount,
            String funderReference, LocalDate submittedOn, LocalDate decisionOn) {
    }

    public record Partner(String legalName, String country, PartnerRole role) {
    }

    public record Decision(TransitionAction action, ApplicationStatus fromStatus, ApplicationStatus toStatus, String actor, Instant at, String comment) {
    }

    /** @param state a change request's (null for the submitted and granted versions) */
    public record BudgetVersionRow(int number, VersionKind kind, RevisionState state, Instant createdAt, String createdBy, BigDecimal total,
            BigDecimal euShare, String reason) {

        /** "Reviderad (föreslagen)": a change request says where it stands, only an approved one is the baseline. */
        public String kindIn(ExportLanguage lang) {
            return lang.word(kind) + (state == null ? "" : " (" + lang.word(state) + ")");
        }
    }

    /** Granted (the current budget) against the eligible amounts claimed in submitted claims. */
    public record CategoryMoney(BudgetCategory category, BigDecimal granted, BigDecimal claimed) {
    }

    public record PartnerMoney(String partner, BigDecimal granted, BigDecimal claimed, BigDecimal euClaimed) {
    }

    public record ReportRow(ReportKind kind, Integer period, ReportStatus status, LocalDate due, Instant firstSubmittedAt,
            LocalDate sentOn, String funderReference, BigDecimal eligible, BigDecimal euClaimed, BigDecimal paidAmount,
            LocalDate paidOn, String rateMonth, BigDecimal unitsPerEur) {
    }

    public record IndicatorRow(String code, String name, IndicatorType type, String unit, BigDecimal target,
            BigDecimal achieved) {
    }

    /** How often a kind of record of the project changed, and when last; {@code record} is an export text's key. */
    public record AuditCount(String record, long changes, Instant lastChange) {
    }

    /** One expenditure line as exported. */
    public record ExpenditureRow(Integer period, String partner, CostCategory category, LocalDate spentOn, String supplier,
            String description, String invoiceNumber, LocalDate paidOn, BigDecimal amount, String currency,
            BigDecimal vatAmount, boolean vatRecoverable, BigDecimal eligible, ReportStatus reportStatus) {
    }
}
