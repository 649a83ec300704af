package se.sodertalje.euportal.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * Work plans and their follow-ups. A follow-up computes its bound indicators through the figure
 * registry when it is recorded or changed, and is frozen once reported. Codes WORKPLAN-001 to -006.
 */
@ApplicationScoped
public class WorkPlanService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    FigureSource figures;

    @Inject
    HistoryReader historyReader;

    /** The plan's changes and its follow-ups', newest first. */
    public List<HistoryEntry> history(int year) {
        WorkPlan plan = plan(year);
        return historyReader.historyWithChildren(WorkPlan.class, plan.id, WorkPlanService::snapshot, FollowUp.class,
                "work_plan_follow_up_aud", "plan_id", WorkPlanService::followUpSnapshot);
    }

    private static Map<String, Object> snapshot(WorkPlan p) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", p.title);
        for (PlanContent.Goal g : p.goals) {
            m.put("goal " + g.title(), g.activities().size() + " activities: " + g.activities().stream()
                    .map(a -> a.what() + " (" + a.responsible() + ", " + a.status() + ")").toList() + "; indicators: "
                    + g.indicators().stream().map(i -> i.name() + " → " + i.target()
                            + (i.binding() == null ? "" : " [" + i.binding().figure() + "]")).toList());
        }
        return m;
    }

    private static Map<String, Object> followUpSnapshot(FollowUp f) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("tertial", f.tertial.name());
        m.put("recordedAt", f.recordedAt == null ? null : f.recordedAt.toString());
        m.put("reportedAt", f.reportedAt == null ? null : f.reportedAt.toString());
        m.put("reportedBy", f.reportedByName);
        if (f.content != null) {
            f.content.goals().forEach(g -> {
                g.activities().forEach(a -> m.put(f.tertial + " " + a.what(), a.status() + (a.comment() == null ? ""
                        : ": " + a.comment())));
                g.indicators().forEach(i -> m.put(f.tertial + " " + i.name(), i.value() == null ? null
                        : i.value().toPlainString()));
            });
        }
        return m;
    }

    public List<WorkPlanViews.PlanSummary> list() {
        return WorkPlan.<WorkPlan>list("order by year desc").stream().map(p -> new WorkPlanViews.PlanSummary(p.id, p.year,
                p.title, p.goals.size(), followUpSummaries(p), p.version)).toList();
    }

    public WorkPlanViews.PlanView get(int year) {
        return view(plan(year));
    }

    public List<WorkPlanViews.FigureView> figures() {
        return Arrays.stream(BoundFigure.values()).map(f -> new WorkPlanViews.FigureView(f, f.measure(), f.filters(),
                f.name(false), f.name(true))).toList();
    }

    @Transactional
    public WorkPlanViews.PlanView create(WorkPlanViews.PlanRequest request) {
        if (WorkPlan.ofYear(request.year()) != null) {
            throw ApiProblem.duplicate(ProblemCode.WORKPLAN_001, "There is a work plan for " + request.year() + " already",
                    new FieldError("year", "has a plan", ProblemCode.WORKPLAN_001), "/api/v1/work-plans/" + request.year())
                    .with(Map.of("year", request.year()));
        }
        WorkPlan plan = new WorkPlan();
        plan.id = UUID.randomUUID();
        plan.year = request.year();
        plan.createdBySubject = user.subject();
        plan.createdByName = user.displayName();
        plan.createdAt = clock.instant();
        apply(plan, request);
        plan.updatedAt = clock.instant();
        plan.persist();
        WorkPlan.getEntityManager().flush();
        return view(plan);
    }

    @Transactional
    public WorkPlanViews.PlanView update(int year, String ifMatch, WorkPlanViews.PlanRequest request) {
        WorkPlan plan = plan(year);
        ETags.requireMatch(ifMatch, plan.version);
        if (request.year() != year) {
            throw ApiProblem.invalid("year", "a plan's year does not change", ProblemCode.WORKPLAN_002);
        }
        apply(plan, request);
        plan.updatedAt = clock.instant();
        WorkPlan.getEntityManager().flush();
        return view(plan);
    }

    public List<WorkPlanViews.FollowUpView> followUps(int year) {
        WorkPlan plan = plan(year);
        return FollowUp.<FollowUp>list("planId = ?1 order by tertial", plan.id).stream()
                .map(f -> WorkPlanViews.FollowUpView.of(f, year)).toList();
    }

    public WorkPlanViews.FollowUpView followUp(int year, Tertial tertial) {
        return WorkPlanViews.FollowUpView.of(followUpOf(plan(year), tertial), year);
    }

    /** The follow-up with the plan's text, for the board report. */
    public FollowUp followUpEntity(int year, Tertial tertial) {
        return followUpOf(plan(year), tertial);
    }

    @Transactional
    public WorkPlanViews.FollowUpView record(int year, Tertial tertial, WorkPlanViews.FollowUpRequest request) {
        WorkPlan plan = plan(year);
        if (FollowUp.count("planId = ?1 and tertial = ?2", plan.id, tertial) > 0) {
            throw ApiProblem.conflict(ProblemCode.WORKPLAN_003, "The plan's " + tertial + " follow-up is recorded already; change it");
        }
        FollowUp f = new FollowUp();
        f.id = UUID.randomUUID();
        f.planId = plan.id;
        f.tertial = tertial;
        fill(f, plan, request);
        f.persist();
        FollowUp.getEntityManager().flush();
        return WorkPlanViews.FollowUpView.of(f, year);
    }

    @Transactional
    public WorkPlanViews.FollowUpView change(int year, Tertial tertial, String ifMatch,
            WorkPlanViews.FollowUpRequest request) {
        WorkPlan plan = plan(year);
        FollowUp f = followUpOf(plan, tertial);
        ETags.requireMatch(ifMatch, f.version);
        requireOpen(f);
        fill(f, plan, request);
        FollowUp.getEntityManager().flush();
        return WorkPlanViews.FollowUpView.of(f, year);
    }

    /** Marks the follow-up reported: who and when; from now on its values stay as they are. */
    @Transactional
    public WorkPlanViews.FollowUpView report(int year, Tertial tertial, String ifMatch) {
        FollowUp f = followUpOf(plan(year), tertial);
        ETags.requireMatch(ifMatch, f.version);
        requireOpen(f);
        f.reportedBySubject = user.subject();
        f.reportedByName = user.displayName();
        f.reportedAt = clock.instant();
        FollowUp.getEntityManager().flush();
        return WorkPlanViews.FollowUpView.of(f, year);
    }

    private static void requireOpen(FollowUp f) {
        if (f.reported()) {
            throw ApiProblem.conflict(ProblemCode.WORKPLAN_004, "The " + f.tertial + " follow-up was reported on "
                    + f.reportedAt + " and keeps its values");
        }
    }

    private void fill(FollowUp f, WorkPlan plan, WorkPlanViews.FollowUpRequest request) {
        f.content = content(plan, f.tertial, request);
        f.recordedBySubject = user.subject();
        f.recordedByName = user.displayName();
        f.recordedAt = clock.instant();
    }

    /**
     * A follow-up's content: statuses and manual values from the request, bound indicators computed now
     * by the figure registry (for the caller's reach), trends against the tertial before.
     */
    public FollowUpContent content(WorkPlan plan, Tertial tertial, WorkPlanViews.FollowUpRequest request) {
        Map<UUID, WorkPlanViews.ActivityEntry> entries = new HashMap<>();
        Map<UUID, BigDecimal> manual = new HashMap<>();
        Set<UUID> activities = new HashSet<>();
        Map<UUID, PlanContent.Indicator> indicators = new HashMap<>();
        plan.goals.forEach(g -> {
            g.activities().forEach(a -> activities.add(a.id()));
            g.indicators().forEach(i -> indicators.put(i.id(), i));
        });
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.activities().size(); i++) {
            WorkPlanViews.ActivityEntry e = request.activities().get(i);
            if (!activities.contains(e.activityId())) {
                errors.add(new FieldError("activities[" + i + "].activityId", "is not an activity of the plan", ProblemCode.WORKPLAN_005));
            }
            entries.put(e.activityId(), e);
        }
        for (int i = 0; i < request.manualValues().size(); i++) {
            WorkPlanViews.ManualValue v = request.manualValues().get(i);
            PlanContent.Indicator indicator = indicators.get(v.indicatorId());
            if (indicator == null || indicator.binding() != null) {
                errors.add(new FieldError("manualValues[" + i + "].indicatorId",
                        "is not a manual indicator of the plan (bound ones are computed)", ProblemCode.WORKPLAN_005));
            }
            manual.put(v.indicatorId(), v.value());
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Map<UUID, BigDecimal> previous = new HashMap<>();
        if (tertial.previous() != null) {
            FollowUp before = FollowUp.find("planId = ?1 and tertial = ?2", plan.id, tertial.previous()).firstResult();
            if (before != null) {
                before.content.goals().forEach(g -> g.indicators().forEach(i -> previous.put(i.indicatorId(), i.value())));
            }
        }
        List<FollowUpContent.GoalResult> goals = new ArrayList<>();
        for (PlanContent.Goal g : plan.goals) {
            List<FollowUpContent.ActivityResult> acts = g.activities().stream().map(a -> {
                WorkPlanViews.ActivityEntry e = entries.get(a.id());
                return new FollowUpContent.ActivityResult(a.id(), a.what(), a.responsible(), e == null ? null : e.status(),
                        e == null || e.comment() == null || e.comment().isBlank() ? null : e.comment().trim());
            }).toList();
            List<FollowUpContent.IndicatorResult> inds = g.indicators().stream().map(i -> {
                BigDecimal value = i.binding() == null ? manual.get(i.id())
                        : i.binding().figure().value(figures, i.binding(), plan.year);
                BigDecimal before = previous.get(i.id());
                return new FollowUpContent.IndicatorResult(i.id(), i.name(), i.measure(), i.target(), i.binding(), value,
                        before, trend(before, value));
            }).toList();
            goals.add(new FollowUpContent.GoalResult(g.id(), g.title(), g.budgetGoal(), acts, inds));
        }
        return new FollowUpContent(goals);
    }

    static FollowUpContent.Trend trend(BigDecimal before, BigDecimal now) {
        if (before == null || now == null) {
            return null;
        }
        int c = now.compareTo(before);
        return c > 0 ? FollowUpContent.Trend.UP : c < 0 ? FollowUpContent.Trend.DOWN : FollowUpContent.Trend.SAME;
    }

    /** Checks the goals, gives new parts their ids and bound indicators their figure's measure. */
    public static void apply(WorkPlan plan, WorkPlanViews.PlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<PlanContent.Goal> goals = new ArrayList<>();
        for (int g = 0; g < request.goals().size(); g++) {
            PlanContent.Goal goal = request.goals().get(g);
            String at = "goals[" + g + "]";
            unique(goal.id(), at + ".id", seen, errors);
            List<PlanContent.Activity> activities = new ArrayList<>();
            for (int a = 0; a < goal.activities().size(); a++) {
                PlanContent.Activity act = goal.activities().get(a);
                unique(act.id(), at + ".activities[" + a + "].id", seen, errors);
                if (act.start() != null && act.end() != null && act.end().isBefore(act.start())) {
                    errors.add(new FieldError(at + ".activities[" + a + "].end", "must not be before start", ProblemCode.RANGE));
                }
                activities.add(new PlanContent.Activity(idOr(act.id()), act.what().trim(), act.responsible().trim(),
                        act.start(), act.end(), act.status()));
            }
            List<PlanContent.Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < goal.indicators().size(); i++) {
                PlanContent.Indicator ind = goal.indicators().get(i);
                String field = at + ".indicators[" + i + "]";
                unique(ind.id(), field + ".id", seen, errors);
                PlanContent.Binding b = ind.binding();
                if (b != null) {
                    checkBinding(b, field + ".binding", errors);
                }
                indicators.add(new PlanContent.Indicator(idOr(ind.id()), ind.name().trim(),
                        b == null ? ind.measure() : b.figure().measure(), ind.target(), b));
            }
            goals.add(new PlanContent.Goal(idOr(goal.id()), goal.title().trim(), goal.budgetGoal().trim(), activities,
                    indicators));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        plan.title = request.title().trim();
        plan.goals = goals;
        
    }

    private static void checkBinding(PlanContent.Binding b, String field, List<FieldError> errors) {
        Set<BoundFigure.Filter> allowed = b.figure().filters();
        if (b.unitId() != null && !allowed.contains(BoundFigure.Filter.UNIT)
                || b.fund() != null && !allowed.contains(BoundFigure.Filter.FUND)
                || b.programmeId() != null && !allowed.contains(BoundFigure.Filter.PROGRAMME)) {
            errors.add(new FieldError(field, b.figure() + " is narrowed only by " + allowed, ProblemCode.WORKPLAN_006));
        }
        if (b.unitId() != null && Unit.findById(b.unitId()) == null) {
            errors.add(new FieldError(field + ".unitId", "no such unit", ProblemCode.WORKPLAN_006));
        }
        if (b.programmeId() != null && Programme.findById(b.programmeId()) == null) {
            errors.add(new FieldError(field + ".programmeId", "no such programme", ProblemCode.WORKPLAN_006));
        }
    }

    private static void unique(UUID id, String field, Set<UUID> seen, List<FieldError> errors) {
        if (id != null && !seen.add(id)) {
            errors.add(new FieldError(field, "is used twice in the plan", ProblemCode.WORKPLAN_002));
        }
    }

    private static UUID idOr(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }

    WorkPlan plan(int year) {
        WorkPlan plan = WorkPlan.ofYear(year);
        if (plan == null) {
            throw ApiProblem.notFound("Work plan " + year);
        }
        return plan;
    }

    private static FollowUp followUpOf(WorkPlan plan, Tertial tertial) {
        FollowUp f = FollowUp.find("planId = ?1 and tertial = ?2", plan.id, tertial).firstResult();
        if (f == null) {
            throw ApiProblem.notFound("Follow-up " + tertial + " of the work plan " + plan.year);
        }
        return f;
    }

    private static List<WorkPlanViews.FollowUpSummary> followUpSummaries(WorkPlan plan) {
        return FollowUp.<FollowUp>list("planId", plan.id).stream().sorted(Comparator.comparing(f -> f.tertial))
                .map(f -> new WorkPlanViews.FollowUpSummary(f.tertial, f.recordedAt, f.reportedAt)).toList();
    }

    private static WorkPlanViews.PlanView view(WorkPlan p) {
        return new WorkPlanViews.PlanView(p.id, p.year, p.title, p.goals, followUpSummaries(p), p.createdByName,
                p.updatedAt, p.version);
    }
}
