package se.sodertalje.euportal.workplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up as recorded, goal by goal: kept whole so that a reported follow-up reads the same forever. */
@Schema(name = "WorkPlanFollowUpContent", requiredProperties = {"goals"})
public record FollowUpContent(List<GoalResult> goals) {

    /** How an activity stands at a tertial. */
    public enum Status {
        ON_TRACK, AT_RISK, LATE, DONE, DROPPED
    }

    /** An indicator's value against the previous tertial's. */
    public enum Trend {
        UP, DOWN, SAME
    }

    @Schema(name = "WorkPlanGoalResult", requiredProperties = {"goalId", "title", "budgetGoal", "activities", "indicators"})
    public record GoalResult(UUID goalId, String title, String budgetGoal, List<ActivityResult> activities,
            List<IndicatorResult> indicators) {
    }

    @Schema(name = "WorkPlanActivityResult", requiredProperties = {"activityId", "what", "responsible", "status", "comment"})
    public record ActivityResult(UUID activityId, String what, String responsible,
            @Schema(nullable = true, description = "Null: not judged in this follow-up") Status status,
            @Schema(nullable = true) String comment) {
    }

    @Schema(name = "WorkPlanIndicatorResult", requiredProperties = {"indicatorId", "name", "measure", "target", "value",
            "previous", "trend"})
    public record IndicatorResult(UUID indicatorId, String name, PlanContent.Measure measure,
            @Schema(nullable = true) BigDecimal target,
            @Schema(description = "Absent for a manual indicator")
            @JsonInclude(JsonInclude.Include.NON_NULL) PlanContent.Binding binding,
            @Schema(nullable = true, description = "A bound figure as computed when the follow-up was recorded; "
                    + "a manual value as entered; null when there is none (e.g. a rate with nothing decided)")
            BigDecimal value,
            @Schema(nullable = true, description = "The value in the previous tertial's follow-up") BigDecimal previous,
            @Schema(nullable = true, description = "Null when either value is missing") Trend trend) {
    }
}
