package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.readiness.NextStep;
import se.sodertalje.euportal.readiness.People;
import se.sodertalje.euportal.readiness.Person;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * A report's next steps for its caller: submitting (what it must say or claim, REPORT-002/003, and,
 * advised, the lines without evidence), accepting and sending (the lines without evidence, which the
 * advisor confirms with a comment, REPORT-013); returning and reopening are ways back, not next steps.
 */
@ApplicationScoped
public class ReportReadiness {

    private static final Set<ReportAction> BACK = EnumSet.of(ReportAction.RETURN, ReportAction.REOPEN);

    @Inject
    ReportService reports;

    @Inject
    ReportAccess reportAccess;

    @Inject
    People people;

    @Inject
    UnitAccess access;

    @Inject
    ClaimControl control;

    public Readiness of(UUID id) {
        ProjectReport report = reportAccess.reachable(id);
        Project project = Project.findById(report.projectId);
        List<ReportRules.Unevidenced> unevidenced = report.kind == ReportKind.FINANCIAL ? reports.unevidenced(report.id)
                : List.of();
        Map<ReportAction, Set<String>> roles = new LinkedHashMap<>();
        for (Step<ReportAction, ReportStatus> step : ReportWorkflow.stepsFrom(report.status)) {
            if (!BACK.contains(step.action())) {
                roles.computeIfAbsent(step.action(), a -> new LinkedHashSet<>()).add(step.role());
            }
        }
        List<NextStep> steps = roles.entrySet().stream().map(e -> NextStep.of(e.getKey().name(), List.copyOf(e.getValue()),
                People.Named.of(whoMay(e.getKey(), project)), e.getValue().stream().anyMatch(access.rolesFor(project.unitId)::contains),
                needs(e.getKey(), report, unevidenced))).toList();
        return new Readiness(report.status.name(), steps);
    }

    private List<ReadinessItem> needs(ReportAction action, ProjectReport report, List<ReportRules.Unevidenced> unevidenced) {
        List<ReadinessItem> items = new ArrayList<>();
        if (action == ReportAction.SUBMIT) {
            ReportRules.checkSubmit(report.kind, report.content, Expenditure.count("reportId", report.id)).forEach(e ->
                    items.add(ReadinessItem.blocking(ProblemCode.of(e.code()), e.field(), e.code().equals(ProblemCode.REPORT_003.code()) ? Section.EXPENDITURE
                            : Section.REPORT_CONTENT, e.message())));
        }
        if (action == ReportAction.ACCEPT) {
            items.addAll(control.beforeAcceptance(report));
        }
        if (action == ReportAction.SUBMIT || ReportRules.VOUCHING.contains(action)) {
            unevidenced.forEach(line -> items.add(ReadinessItem.advised(ProblemCode.REPORT_013, line.field(), Section.EXPENDITURE,
                    action == ReportAction.SUBMIT ? line.message() + "; attach it before submitting"
                            : line.message() + "; accepting it needs your confirmation with a comment").about(line.about())));
        }
        return items;
    }

    /** The unit submits (the team and the unit's coordinators); the International Office's advisors review. */
    private List<Person> whoMay(ReportAction action, Project project) {
        if (action != ReportAction.SUBMIT) {
            return people.advisors();
        }
        Application application = Application.findById(project.applicationId);
        Set<Person> who = new LinkedHashSet<>(people.team(application.id, application.createdBySubject));
        who.addAll(people.coordinators(project.unitId));
        return List.copyOf(who);
    }
}
