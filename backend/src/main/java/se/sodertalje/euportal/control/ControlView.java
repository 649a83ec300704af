package se.sodertalje.euportal.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.report.ClaimSummary;

/** The control of a financial report as the API shows it: its lines, sample, decisions, requests, texts and overview. */
@Schema(requiredProperties = {"id", "reportId", "status", "finalReport", "findings", "followUpPrevious", "followUpNext",
        "conclusion", "startedBy", "startedAt", "closedBy", "closedAt", "reopenReason", "lines", "draws",
        "clarifications", "certificate", "events", "overview", "allowedActions", "mayWork", "mayAnswer", "version"})
public record ControlView(
        UUID id,
        UUID reportId,
        ControlStatus status,
        @Schema(description = "The project's last period's claim: nothing may be parked in it") boolean finalReport,
        @Schema(nullable = true) String findings,
        @Schema(nullable = true, description = "Follow-up of the measures the previous control asked for") String followUpPrevious,
        @Schema(nullable = true, description = "Measures for the next report") String followUpNext,
        @Schema(nullable = true) String conclusion,
        Actor startedBy,
        Instant startedAt,
        @Schema(nullable = true, implementation = Actor.class) Actor closedBy,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant closedAt,
        @Schema(nullable = true, description = "Why it was last reopened") String reopenReason,
        @Schema(description = "The report's lines by date, then those carried in from earlier controls") List<LineView> lines,
        List<DrawView> draws,
        List<ClarificationView> clarifications,
        @Schema(nullable = true, implementation = AttachmentView.class) AttachmentView certificate,
        List<EventView> events,
        Overview overview,
        List<ControlAction> allowedActions,
        @Schema(description = "Whether the caller may do control work on it now (sample, decide, write, upload)")
        boolean mayWork,
        @Schema(description = "Whether the caller may answer its clarification requests (the unit)") boolean mayAnswer,
        long version) {

    /** An expenditure line with what the control says of it. */
    @Schema(name = "ControlLineView", requiredProperties = {"expenditureId", "partnerId", "category", "spentOn", "supplier",
            "description", "invoiceNumber", "amount", "currency", "eligible", "evidenceCount", "inSample", "carried",
            "fromPeriod", "decision", "deductedAmount", "errorType", "comment", "decidedBy", "decidedAt", "version"})
    public record LineView(UUID expenditureId, UUID partnerId, CostCategory category, LocalDate spentOn, String supplier,
            String description, @Schema(nullable = true) String invoiceNumber, BigDecimal amount, Currency currency,
            @Schema(description = "Declared eligible amount (recoverable VAT left out), in the line's currency")
            BigDecimal eligible,
            long evidenceCount,
            boolean inSample,
            @Schema(description = "Parked by an earlier control; decided in this one") boolean carried,
            @Schema(nullable = true, description = "Carried: the period of the report it was declared in") Integer fromPeriod,
            @Schema(nullable = true, implementation = Decision.class) Decision decision,
            @Schema(nullable = true, description = "DEDUCTED: in the line's currency") BigDecimal deductedAmount,
            @Schema(nullable = true) String errorType,
            @Schema(nullable = true) String comment,
            @Schema(nullable = true, implementation = Actor.class) Actor decidedBy,
            @Schema(nullable = true, implementation = String.class, format = "date-time") Instant decidedAt,
            @Schema(nullable = true, description = "The decision's version for If-Match; null outside the sample")
            Long version) {
    }

    @Schema(name = "ControlDrawView", requiredProperties = {"method", "seed", "size", "criterion", "linesAdded", "by", "at"})
    public record DrawView(SampleMethod method, @Schema(nullable = true) Long seed, @Schema(nullable = true) Integer size,
            @Schema(nullable = true) String criterion, int linesAdded, Actor by, Instant at) {
    }

    @Schema(name = "ControlClarificationView", requiredProperties = {"id", "expenditureId", "question", "askedBy", "askedAt",
            "dueOn", "answer", "answeredBy", "answeredAt", "files", "version"})
    public record ClarificationView(UUID id,
            @Schema(nullable = true, implementation = String.class, format = "uuid") UUID expenditureId,
            String question, Actor askedBy, Instant askedAt,
            @Schema(nullable = true, implementation = String.class, format = "date") LocalDate dueOn,
            @Schema(nullable = true) String answer,
            @Schema(nullable = true, implementation = Actor.class) Actor answeredBy,
            @Schema(nullable = true, implementation = String.class, format = "date-time") Instant answeredAt,
            List<AttachmentView> files, long version) {
    }

    @Schema(name = "ControlEventView", requiredProperties = {"action", "comment", "by", "at"})
    public record EventView(ControlAction action, @Schema(nullable = true) String comment, Actor by, Instant at) {
    }

    /** As Jems shows it: declared, sampled, parked, deducted and eligible after control, and the claim it makes. */
    @Schema(name = "ControlOverview", requiredProperties = {"currency", "declared", "inSample", "inSamplePercent", "parked",
            "deducted", "eligibleAfterControl", "eligibleAfterControlPercent", "carriedLines", "carriedDeclared",
            "carriedEligible", "byCategory", "byPartner", "deductions", "claimDeclared", "claim", "rateMissing"})
    public record Overview(Currency currency, BigDecimal declared, BigDecimal inSample, BigDecimal inSamplePercent,
            BigDecimal parked, BigDecimal deducted, BigDecimal eligibleAfterControl, BigDecimal eligibleAfterControlPercent,
            @Schema(description = "Lines parked by earlier controls, decided in this one") int carriedLines,
            BigDecimal carriedDeclared,
            @Schema(description = "What the carried lines add to this claim") BigDecimal carriedEligible,
            List<TotalsRow> byCategory, List<PartnerRow> byPartner, List<DeductionRow> deductions,
            @Schema(description = "The claim as declared (the calculator on the declared lines)") ClaimSummary claimDeclared,
            @Schema(description = "The claim after control: flat rates, EU amount and EUR on the eligible amounts")
            ClaimSummary claim,
            boolean rateMissing) {
    }

    @Schema(name = "ControlTotalsRow", requiredProperties = {"category", "declared", "inSample", "parked", "deducted",
            "eligible"})
    public record TotalsRow(CostCategory category, BigDecimal declared, BigDecimal inSample, BigDecimal parked,
            BigDecimal deducted, BigDecimal eligible) {
    }

    @Schema(name = "ControlPartnerRow", requiredProperties = {"partnerId", "partnerName", "declared", "inSample", "parked",
            "deducted", "eligible"})
    public record PartnerRow(UUID partnerId, String partnerName, BigDecimal declared, BigDecimal inSample,
            BigDecimal parked, BigDecimal deducted, BigDecimal eligible) {
    }

    @Schema(name = "ControlDeductionRow", requiredProperties = {"category", "errorType", "amount"})
    public record DeductionRow(CostCategory category, String errorType, BigDecimal amount) {
    }

}
