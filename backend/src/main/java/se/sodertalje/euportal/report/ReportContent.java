package se.sodertalje.euportal.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a report says in words. A progress report: activities, deliverables, indicators, deviations
 * and risks; a final report: results, evaluation and dissemination; a financial report a comment
 * on its expenditure; a final report also its lessons learned for the results library. Which fields a report needs before it is submitted is {@link ReportRules}'.
 */
@Schema(requiredProperties = {"deliverables", "indicators"})
public record ReportContent(
        @Size(max = 10000) @Schema(nullable = true, description = "Activities carried out in the period") String activities,
        @NotNull @Size(max = 100) List<@NotNull @Size(min = 1, max = 500) String> deliverables,
        @NotNull @Size(max = 100) List<@Valid @NotNull Indicator> indicators,
        @Size(max = 10000) @Schema(nullable = true, description = "Deviations from the plan and why") String deviations,
        @Size(max = 10000) @Schema(nullable = true) String risks,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: the project's results") String results,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: the evaluation") String evaluation,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: how results were disseminated") String dissemination,
        @Size(max = 10000) @Schema(nullable = true, description = "Financial report: a comment on the claim") String comment,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: lessons learned, what worked") String lessonsWorked,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: lessons learned, what to avoid") String lessonsToAvoid,
        @Size(max = 10000) @Schema(nullable = true, description = "Final report: advice to the next applicant") String advice,
        @Size(max = 6) @Schema(nullable = true, description = "Final report: the parts the unit keeps internal in the "
                + "results library (other units do not see them)") List<@NotNull ResultPart> internalParts) {

    public ReportContent(String activities, List<String> deliverables, List<Indicator> indicators, String deviations,
            String risks, String results, String evaluation, String dissemination, String comment) {
        this(activities, deliverables, indicators, deviations, risks, results, evaluation, dissemination, comment, null,
                null, null, null);
    }

    public static ReportContent empty() {
        return new ReportContent(null, List.of(), List.of(), null, null, null, null, null, null);
    }
}
