package se.sodertalje.euportal.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.task.TaskList.KindCount;

/**
 * The caller's to-do list: each kind of task is read once, with the widest scope any of the caller's
 * roles gives it, so a user of several roles gets the union without duplicates.
 */
@ApplicationScoped
public class TaskService {

    /** How far ahead the units see their report deadlines. */
    static final int REPORT_HORIZON_DAYS = 60;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess access;

    @Inject
    Clock clock;

    @Inject
    ApplicationTasks applications;

    @Inject
    ReportTasks reports;

    @Inject
    OfficeTasks office;

    @Inject
    ControlTasks control;

    @Inject
    WatchTasks watches;

    @Inject
    BudgetTasks budgets;

    /** @param kind only this kind's tasks in the items, or null; @param limit the most items of each kind */
    public TaskList tasks(String sort, TaskKind kind, int limit) {
        var order = TaskOrder.of(sort);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        boolean coordinator = user.hasRole(Roles.COORDINATOR);
        boolean advisor = user.hasRole(Roles.ADVISOR);
        Set<UUID> own = access.ownUnitIds();
        List<TaskView> tasks = new ArrayList<>();

        // The unit's work: the coordinator's for the whole unit, the applicant's for their own applications.
        TaskScope unitWork = coordinator ? TaskScope.units(own)
                : user.hasRole(Roles.APPLICANT) ? TaskScope.mine(own, user.subject()) : null;
        if (unitWork != null && !unitWork.isEmpty()) {
            tasks.addAll(applications.drafts(unitWork, coordinator, today));
            tasks.addAll(applications.closingCalls(unitWork, now, today));
            tasks.addAll(reports.returned(unitWork, today));
            tasks.addAll(reports.deadlines(TaskKind.REPORT_DUE, unitWork, null, today.plusDays(REPORT_HORIZON_DAYS), today));
            tasks.addAll(control.clarifications(unitWork, today));
        }
        if (!user.hasRole(Roles.AUDITOR) || user.hasRole(Roles.ADVISOR) || user.hasRole(Roles.ADMIN)) {
            tasks.addAll(watches.newMatches(user.subject(), coordinator ? own : Set.of(), own, now, today));
        }
        if (user.hasRole(Roles.CONTROLLER)) {
            tasks.addAll(control.forController(user.subject(), today));
        }
        if (advisor || coordinator) {
            TaskScope scope = advisor ? TaskScope.everything() : TaskScope.units(own);
            if (!scope.isEmpty()) {
                tasks.addAll(applications.readyToSubmit(scope, today));
            }
        }
        if (advisor) {
            TaskScope all = TaskScope.everything();
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            tasks.addAll(applications.awaitingReview(all, today));
            tasks.addAll(reports.awaitingReview(all, today));
            tasks.addAll(reports.unpaidClaims(all, today));
            tasks.addAll(control.forAdvisors(today));
            tasks.addAll(budgets.proposedRevisions(today));
            tasks.addAll(reports.deadlines(TaskKind.REPORT_DUE_THIS_WEEK, all, monday, monday.plusDays(6), today));
            tasks.addAll(office.untouchedCalls(now, today));
        }
        if (user.hasRole(Roles.AUDITOR)) {
            tasks.addAll(office.recentlyClosed(today));
        }
        if (user.hasRole(Roles.ADMIN) || coordinator) {
            TaskScope scope = user.hasRole(Roles.ADMIN) ? TaskScope.everything() : TaskScope.units(own);
            if (!scope.isEmpty()) {
                tasks.addAll(office.uncoveredUnits(scope, today));
            }
        }
        return list(tasks, order, kind, limit);
    }

    private static TaskList list(List<TaskView> tasks, java.util.Comparator<TaskView> order, TaskKind kind, int limit) {
        Map<String, TaskView> unique = new LinkedHashMap<>();
        tasks.forEach(t -> unique.putIfAbsent(t.key(), t));
        List<TaskView> sorted = unique.values().stream().sorted(order).toList();
        Map<TaskKind, Integer> counts = new EnumMap<>(TaskKind.class);
        List<TaskView> items = new ArrayList<>();
        for (TaskView task : sorted) {
            int seen = counts.merge(task.kind(), 1, Integer::sum);
            if ((kind == null || kind == task.kind()) && seen <= limit) {
                items.add(task);
            }
        }
        return new TaskList(items, counts.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList(),
                sorted.size(), limit);
    }
}
