package se.sodertalje.euportal.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.budget.ReportingPeriods;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSetRules;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;

/** Projects: started from granted applications, scoped to the caller's units. */
@ApplicationScoped
public class ProjectService {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "lower(p.title)", "status", "p.status", "createdAt", "p.createdAt", "periodEnd", "p.periodEnd",
            "unitName", "lower(u.name)");

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    HistoryReader historyReader;

    /** Called in the transaction that records the grant: the project exists exactly when the grant does. */
    public Project startFrom(Application granted) {
        Project project = new Project();
        project.applicationId = granted.id;
        project.unitId = granted.unitId;
        project.callId = granted.callId;
        project.title = granted.title;
        project.acronym = granted.acronym;
        project.periodStart = granted.periodStart;
        project.periodEnd = granted.periodEnd;
        project.grantedAmount = granted.grantedAmount;
        project.createdAt = clock.instant();
        project.persist();
        schedule(project);
        return project;
    }

    /** The reporting periods of the programme (as narrowed by the call) across the project period. */
    private void schedule(Project project) {
        if (project.callId == null) {
            return;
        }
        FundingCall call = FundingCall.findById(project.callId);
        Programme programme = Programme.findById(call.programmeId);
        int months = RuleSetRules.effective(call.rules, programme.rules).reportingPeriodMonths();
        for (ReportingPeriods.Period period : ReportingPeriods.of(project.periodStart, project.periodEnd, months)) {
            ProjectPeriod row = new ProjectPeriod();
            row.projectId = project.id;
            row.number = period.number();
            row.startsOn = period.startsOn();
            row.endsOn = period.endsOn();
            row.reportDue = ReportingSchedule.dueAfter(period.endsOn());
            row.persist();
        }
    }

    public Page<ProjectView> list(PageParams paging, UUID unitId, ProjectStatus status, boolean pastRetention) {
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> {
            if (access.actsAsController()) {
                // A controller lists the projects they are appointed to (and, with a unit role too, the unit's).
                filters.add("(p.unitId in :ids or p.id in :controlled)", "ids", ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids);
                filters.params().put("controlled", access.controlledProjectIds().isEmpty() ? Set.of(new UUID(0, 0))
                        : access.controlledProjectIds());
            } else {
                filters.add("p.unitId in :ids", "ids", ids);
            }
        });
        if (unitId != null) {
            filters.add("p.unitId = :unitId", "unitId", unitId);
        }
        if (status != null) {
            filters.add("p.status = :status", "status", status);
        }
        if (pastRetention) {
            filters.add("p.retentionUntil < :today", "today", LocalDate.now(clock));
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "p.id");
        return PagedQuery.run(em, Object[].class, "select p, u", " from Project p join Unit u on u.id = p.unitId",
                "count(p)", filters, order, paging,
                rows -> rows.stream().map(row -> view((Project) row[0], (Unit) row[1])).toList());
    }

    public ProjectView get(UUID id) {
        Project project = reachable(id);
        return view(project, Unit.findById(project.unitId));
    }

    /** The project, if the caller may reach its unit; 404 otherwise, whether or not it exists. */
    public Project reachable(UUID id) {
        Project project = Project.findById(id);
        if (project == null || !(access.canReach(project.unitId) || access.controls(project.id))) {
            throw ApiProblem.notFound("Project " + id);
        }
        return project;
    }

    /** The project's change history: status, state aid, payment, closing and retention, newest first. */
    public List<HistoryEntry> history(UUID id) {
        Project project = reachable(id);
        return historyReader.historyOf(Project.class, project.id, true, ProjectService::snapshot, "Project " + id);
    }

    private static Map<String, Object> snapshot(Project p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", p.title);
        values.put("acronym", p.acronym);
        values.put("periodStart", p.periodStart);
        values.put("periodEnd", p.periodEnd);
        values.put("grantedAmount", p.grantedAmount);
        values.put("status", p.status);
        values.put("stateAid", p.stateAid);
        values.put("lastPaymentOn", p.lastPaymentOn);
        values.put("retentionUntil", p.retentionUntil);
        return values;
    }

    /**
     * The project, if the caller may reach it and its records may still change: an archived project
     * is read-only (409 PROJECT-004).
     */
    public Project writable(UUID id) {
        Project project = reachable(id);
        if (!ProjectWorkflow.isWritable(project.status)) {
            throw ApiProblem.conflict(ProblemCode.PROJECT_004, "The project is archived; its records are read-only"
                    + (project.retentionUntil == null ? "" : " and kept until " + project.retentionUntil));
        }
        return project;
    }

    ProjectView view(Project p, Unit unit) {
        return new ProjectView(p.id, p.applicationId, p.unitId, unit.code, unit.name, p.callId, p.title, p.acronym,
                p.periodStart, p.periodEnd, p.grantedAmount, p.status, p.stateAid, p.lastPaymentOn, p.closedOn,
                p.retentionUntil, ProjectWorkflow.allowedActions(p.status, user.roles()), p.createdAt, p.version);
    }
}
