package se.sodertalje.euportal.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.readiness.ReadinessItem.Section;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.readiness.NextStep;
import se.sodertalje.euportal.readiness.People;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.security.CurrentUser;

/** A project's next lifecycle steps (the advisors': closing, closed, archived) and what closing needs. */
@ApplicationScoped
public class ProjectReadiness {

    @Inject
    ProjectService projects;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    public Readiness of(UUID id) {
        Project project = projects.reachable(id);
        Map<ProjectAction, Set<String>> roles = new LinkedHashMap<>();
        for (Step<ProjectAction, ProjectStatus> step : ProjectWorkflow.stepsFrom(project.status)) {
            roles.computeIfAbsent(step.action(), a -> new LinkedHashSet<>()).add(step.role());
        }
        List<NextStep> steps = roles.entrySet().stream().map(e -> NextStep.of(e.getKey().name(), List.copyOf(e.getValue()),
                People.Named.of(people.advisors()), e.getValue().stream().anyMatch(user.roles()::contains),
                needs(e.getKey(), project))).toList();
        return new Readiness(project.status.name(), steps);
    }

    /** Closing needs the funder's last payment (PROJECT-002, as the step refuses it). */
    private static List<ReadinessItem> needs(ProjectAction action, Project project) {
        if (action == ProjectAction.CLOSE && project.lastPaymentOn == null) {
            return List.of(ReadinessItem.blocking(ProblemCode.PROJECT_002, "lastPaymentOn", Section.REPORTS,
                    "record the funder's last payment on its claim"));
        }
        return List.of();
    }
}
