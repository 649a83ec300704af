package se.sodertalje.euportal.workplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of work plans, their follow-ups and the office's financing. */
public final class WorkPlanViews {

    private WorkPlanViews() {
    }

    @Schema(name = "WorkPlanRequest", requiredProperties = {"year", "title", "goals"})
    public record PlanRequest(
            @NotNull @Min(2000) @Max(2999) Integer year,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Size(max = 30) List<PlanContent.@Valid @NotNull Goal> goals) {
    }

    @Schema(name = "WorkPlanSummary", requiredProperties = {"id", "year", "title", "goals", "followUps", "version"})
    public record PlanSummary(UUID id, int year, String title, int goals, List<FollowUpSummary> followUps, long version) {
    }

    @Schema(name = "WorkPlanView", requiredProperties = {"id", "year", "title", "goals", "followUps", "createdByName",
            "updatedAt", "version"})
    public record PlanView(UUID id, int year, String title, List<PlanContent.Goal> goals, List<FollowUpSummary> followUps,
            @Schema(nullable = true) String createdByName, Instant updatedAt, long version) {
    }

    @Schema(name = "WorkPlanFollowUpSummary", requiredProperties = {"tertial", "recordedAt", "reportedAt"})
    public record FollowUpSummary(Tertial tertial, Instant recordedAt, @Schema(nullable = true) Instant reportedAt) {
    }

    @Schema(name = "WorkPlanFollowUpRequest", requiredProperties = {"activities", "manualValues"})
    public record FollowUpRequest(
            @NotNull @Size(max = 1500) List<@Valid @NotNull ActivityEntry> activities,
            @NotNull @Size(max = 1500) List<@Valid @NotNull ManualValue> manualValues) {
    }

    @Schema(name = "WorkPlanActivityEntry", requiredProperties = {"activityId", "status"})
    public record ActivityEntry(@NotNull UUID activityId, @Schema(nullable = true) FollowUpContent.Status status,
            @Schema(nullable = true) @Size(max = 4000) String comment) {
    }

    @Schema(name = "WorkPlanManualValue", requiredProperties = {"indicatorId", "value"})
    public record ManualValue(@NotNull UUID indicatorId,
            @Schema(nullable = true) @Digits(integer = 13, fraction = 2) BigDecimal value) {
    }

    @Schema(name = "WorkPlanFollowUpView", requiredProperties = {"id", "year", "tertial", "periodEnd", "content",
            "recordedByName", "recordedAt", "reported", "reportedByName", "reportedAt", "version"})
    public record FollowUpView(UUID id, int year, Tertial tertial,
            @Schema(description = "The last day the tertial covers") java.time.LocalDate periodEnd,
            FollowUpContent content, @Schema(nullable = true) String recordedByName, Instant recordedAt,
            @Schema(description = "Frozen: its values stay as recorded") boolean reported,
            @Schema(nullable = true) String reportedByName, @Schema(nullable = true) Instant reportedAt, long version) {

        static FollowUpView of(FollowUp f, int year) {
            return new FollowUpView(f.id, year, f.tertial, f.tertial.endIn(year), f.content, f.recordedByName,
                    f.recordedAt, f.reported(), f.reportedByName, f.reportedAt, f.version);
        }
    }

    @Schema(name = "WorkPlanFigure", requiredProperties = {"figure", "measure", "filters", "nameSv", "nameEn"})
    public record FigureView(BoundFigure figure, PlanContent.Measure measure, Set<BoundFigure.Filter> filters,
            String nameSv, String nameEn) {
    }

    @Schema(name = "OfficeFinancingRequest", requiredProperties = {"municipalGrant", "companyGrants", "projectIncome"})
    public record FinancingRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal municipalGrant,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal companyGrants,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal projectIncome,
            @Schema(nullable = true) @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal targetPercent) {
    }

    @Schema(name = "OfficeFinancingView", requiredProperties = {"year", "municipalGrant", "companyGrants", "projectIncome",
            "total", "projectFinancedSharePercent", "targetPercent", "projectIncomeAtTarget", "updatedByName", "updatedAt",
            "version"})
    public record FinancingView(int year, BigDecimal municipalGrant, BigDecimal companyGrants, BigDecimal projectIncome,
            @Schema(description = "All sources, SEK") BigDecimal total,
            @Schema(nullable = true, description = "project income ÷ total × 100, half-up to two decimals")
            BigDecimal projectFinancedSharePercent,
            @Schema(nullable = true) BigDecimal targetPercent,
            @Schema(nullable = true, description = "The project income the target asks for at the same total")
            BigDecimal projectIncomeAtTarget,
            @Schema(nullable = true) String updatedByName, Instant updatedAt, long version) {

        static FinancingView of(OfficeFinancing f) {
            BigDecimal total = ProjectFinancedShare.total(f.municipalGrant, f.companyGrants, f.projectIncome);
            return new FinancingView(f.year, f.municipalGrant, f.companyGrants, f.projectIncome, total,
                    ProjectFinancedShare.percent(f.municipalGrant, f.companyGrants, f.projectIncome), f.targetPercent,
                    ProjectFinancedShare.incomeAtTarget(total, f.targetPercent), f.updatedByName, f.updatedAt, f.version);
        }
    }
}
