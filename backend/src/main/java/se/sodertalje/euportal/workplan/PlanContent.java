package se.sodertalje.euportal.workplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.Fund;

/** The parts of a work plan: goals, their activities and their indicators. Ids are given by the server when absent. */
public final class PlanContent {

    private PlanContent() {
    }

    /** What an activity stands at in the plan itself (the follow-up judges it per tertial). */
    public enum ActivityStatus {
        PLANNED, STARTED, DONE, DROPPED
    }

    /** What an indicator's value counts: a number of things, a percentage, or Swedish crowns. */
    public enum Measure {
        COUNT, PERCENT, SEK
    }

    @Schema(name = "WorkPlanGoal", requiredProperties = {"title", "budgetGoal", "activities", "indicators"})
    public record Goal(
            @Schema(nullable = true, description = "Absent for a new goal") UUID id,
            @NotBlank @Size(max = 300) String title,
            @Schema(description = "The text of the Mål och Budget goal this goal serves")
            @NotBlank @Size(max = 2000) String budgetGoal,
            @NotNull @Size(max = 50) List<@Valid @NotNull Activity> activities,
            @NotNull @Size(max = 50) List<@Valid @NotNull Indicator> indicators) {
    }

    @Schema(name = "WorkPlanActivity", requiredProperties = {"what", "responsible", "status"})
    public record Activity(
            @Schema(nullable = true, description = "Absent for a new activity") UUID id,
            @NotBlank @Size(max = 1000) String what,
            @NotBlank @Size(max = 300) String responsible,
            @Schema(nullable = true) LocalDate start,
            @Schema(nullable = true) LocalDate end,
            @NotNull ActivityStatus status) {
    }

    @Schema(name = "WorkPlanIndicator", requiredProperties = {"name", "measure", "target"})
    public record Indicator(
            @Schema(nullable = true, description = "Absent for a new indicator") UUID id,
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "For a bound indicator, the figure's own measure (a different one is corrected)")
            @NotNull Measure measure,
            @Schema(nullable = true, description = "The target for the plan's year; null when none is set")
            BigDecimal target,
            @Schema(description = "Absent: entered by hand in each follow-up")
            @JsonInclude(JsonInclude.Include.NON_NULL) @Valid Binding binding) {
    }

    /** A figure the portal computes, narrowed by a unit, fund or programme where the figure allows it. */
    @Schema(name = "WorkPlanBinding", requiredProperties = {"figure"})
    public record Binding(
            @NotNull BoundFigure figure,
            @Schema(nullable = true) UUID unitId,
            @Schema(nullable = true) Fund fund,
            @Schema(nullable = true) UUID programmeId) {
    }
}
