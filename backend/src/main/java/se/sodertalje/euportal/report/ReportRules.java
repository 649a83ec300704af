package se.sodertalje.euportal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * What a report needs, with stable codes:
 * <ul>
 * <li>REPORT-001 a progress or financial report names a period of the project, a final report none;</li>
 * <li>REPORT-002 a progress report says what was done; a final report its results, evaluation and dissemination;</li>
 * <li>REPORT-003 a financial report claims at least one expenditure line;</li>
 * <li>REPORT-004 a financial report with SEK needs the EUR rate of the month of its first submission;</li>
 * <li>REPORT-005 returning or reopening says why; sending records the date (not in the future) and the funder's
 * reference;</li>
 * <li>REPORT-009 a payment is dated neither before the claim was sent nor in the future;</li>
 * <li>REPORT-013 a financial report's lines without evidence: listed before it is submitted, accepted or sent; an
 * advisor accepts or sends them only by confirming it with a comment.</li>
 * </ul>
 */
public final class ReportRules {

    private ReportRules() {
    }

    /** REPORT-001 for a new report of a project with {@code periods} reporting periods. */
    public static List<FieldError> checkNew(ReportRequest request, int periods) {
        if (request.kind() == ReportKind.FINAL) {
            return request.periodNumber() == null ? List.of()
                    : List.of(new FieldError("periodNumber", "a final report covers the whole project; leave it out",
                            ProblemCode.REPORT_001));
        }
        if (request.periodNumber() == null || request.periodNumber() > periods) {
            return List.of(new FieldError("periodNumber", periods == 0 ? "the project has no reporting periods yet"
                    : "name a reporting period from 1 to " + periods, ProblemCode.REPORT_001));
        }
        return List.of();
    }

    /** REPORT-002 and REPORT-003: what must be written or claimed before the unit submits. */
    public static List<FieldError> checkSubmit(ReportKind kind, ReportContent content, long expenditureLines) {
        List<FieldError> errors = new ArrayList<>();
        switch (kind) {
            case PROGRESS -> require(content.activities(), "content.activities", "describe the activities of the period",
                    errors);
            case FINAL -> {
                require(content.results(), "content.results", "describe the project's results", errors);
                require(content.evaluation(), "content.evaluation", "give the evaluation", errors);
                require(content.dissemination(), "content.dissemination", "describe the dissemination", errors);
            }
            case FINANCIAL -> {
                if (expenditureLines == 0) {
                    errors.add(new FieldError("expenditures", "claim at least one expenditure line", ProblemCode.REPORT_003));
                }
            }
        }
        return errors;
    }

    /**
     * Whether a financial report needs a EUR rate: when its budget or any of its lines is in SEK
     * (its EUR figures are converted); a claim wholly in EUR needs none.
     */
    public static boolean needsRate(Currency budgetCurrency, List<Currency> lineCurrencies) {
        return budgetCurrency == Currency.SEK || lineCurrencies.contains(Currency.SEK);
    }

    /** REPORT-004: the month whose rate is missing, said so the advisor knows what to record. */
    public static FieldError missingRate(YearMonth month) {
        return new FieldError("rateMonth", "there is no EUR rate for SEK in " + month
                + " (the month of the first submission); an advisor records it under the exchange rates", ProblemCode.REPORT_004);
    }

    /**
     * REPORT-009: the funder's payment is dated between the day the claim was sent and today. A back-dated
     * payment would move the project's retention date into the past and free its documents for deletion.
     */
    public static List<FieldError> checkPayment(LocalDate paidOn, LocalDate sentOn, LocalDate today) {
        if (paidOn.isAfter(today)) {
            return List.of(new FieldError("paidOn", "must not be in the future", ProblemCode.REPORT_009));
        }
        if (sentOn != null && paidOn.isBefore(sentOn)) {
            return List.of(new FieldError("paidOn", "must not be before the claim was sent on " + sentOn, ProblemCode.REPORT_009,
                    Map.of("sentOn", sentOn.toString())));
        }
        return List.of();
    }

    /** REPORT-005: what the workflow step itself records. */
    public static List<FieldError> checkStep(ReportTransitionRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (ReportWorkflow.NEED_COMMENT.contains(request.action()) && blank(request.comment())) {
            errors.add(new FieldError("comment", "say why", ProblemCode.REPORT_005));
        }
        if (request.action() == ReportAction.SEND_TO_FUNDER) {
            if (request.sentOn() == null) {
                errors.add(new FieldError("sentOn", "record the day it was sent", ProblemCode.REPORT_005));
            } else if (request.sentOn().isAfter(today)) {
                errors.add(new FieldError("sentOn", "must not be in the future", ProblemCode.REPORT_005));
            }
            if (blank(request.funderReference())) {
                errors.add(new FieldError("funderReference", "record the funder's reference", ProblemCode.REPORT_005));
            }
        }
        return errors;
    }

    /** The steps at which an advisor vouches for the claim's lines. */
    static final Set<ReportAction> VOUCHING = EnumSet.of(ReportAction.ACCEPT, ReportAction.SEND_TO_FUNDER);

    /** A line of a claim without evidence, as the checklist and a refusal name it. */
    public record Unevidenced(UUID id, String supplier, String invoiceNumber, String description) {

        public String field() {
            return "expenditures." + id + ".evidence";
        }

        /** The line in a few words: its supplier and invoice number. */
        public String about() {
            return supplier + (invoiceNumber == null ? "" : ", " + invoiceNumber);
        }

        public String message() {
            return supplier + (invoiceNumber == null ? "" : ", invoice " + invoiceNumber) + ": " + description
                    + " has no evidence";
        }
    }

    /**
     * REPORT-013: accepting or sending a financial report with lines lacking evidence needs the advisor's
     * confirmation and a comment saying why; without them each line is named (and the comment, when the
     * confirmation came without one).
     */
    public static List<FieldError> checkEvidence(ReportKind kind, ReportTransitionRequest request,
            List<Unevidenced> lines) {
        if (kind != ReportKind.FINANCIAL || !VOUCHING.contains(request.action()) || lines.isEmpty()) {
            return List.of();
        }
        boolean confirmed = Boolean.TRUE.equals(request.confirmMissingEvidence());
        if (confirmed && !blank(request.comment())) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>(lines.stream()
                .map(line -> new FieldError(line.field(), line.message(), ProblemCode.REPORT_013)).toList());
        if (confirmed) {
            errors.add(new FieldError("comment", "say why the lines are accepted without evidence", ProblemCode.REPORT_013));
        } else {
            errors.add(new FieldError("confirmMissingEvidence", "confirm that " + lines.size()
                    + " line(s) without evidence are accepted, with a comment saying why", ProblemCode.REPORT_013));
        }
        return errors;
    }

    private static void require(String text, String field, String message, List<FieldError> errors) {
        if (blank(text)) {
            errors.add(new FieldError(field, message, ProblemCode.REPORT_002));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
