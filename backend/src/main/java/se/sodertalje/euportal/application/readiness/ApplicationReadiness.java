package se.sodertalje.euportal.application.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.readiness.NextStep;
import se.sodertalje.euportal.readiness.People;
import se.sodertalje.euportal.readiness.Person;
import se.sodertalje.euportal.readiness.Readiness;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.security.Roles;

/**
 * An application's next steps for its caller: the forward steps of its lifecycle from where it is
 * (returning and withdrawing are ways back, not next steps), who may take each (the unit's
 * coordinators, the International Office's advisors, by name when few) and what the gated steps
 * still need ({@link ApplicationChecklist}).
 */
@ApplicationScoped
public class ApplicationReadiness {

    private static final Set<TransitionAction> BACK = EnumSet.of(TransitionAction.RETURN_FOR_CHANGES,
            TransitionAction.WITHDRAW);

    @Inject
    ApplicationAccess applications;

    @Inject
    ApplicationChecklist checklist;

    @Inject
    People people;

    @Inject
    UnitAccess access;

    public Readiness of(UUID id) {
        Application application = applications.reachable(id);
        return new Readiness(application.status.name(), nextSteps(application));
    }

    private List<NextStep> nextSteps(Application application) {
        Map<TransitionAction, Set<String>> roles = new LinkedHashMap<>();
        for (Step<TransitionAction, ApplicationStatus> step : ApplicationWorkflow.stepsFrom(application.status)) {
            if (!BACK.contains(step.action())) {
                roles.computeIfAbsent(step.action(), a -> new LinkedHashSet<>()).add(step.role());
            }
        }
        List<ReadinessItem> missing = roles.keySet().stream().anyMatch(ApplicationChecklist.GATED::contains)
                ? checklist.missing(application) : List.of();
        return roles.entrySet().stream().map(e -> NextStep.of(e.getKey().name(), List.copyOf(e.getValue()),
                People.Named.of(whoMay(e.getValue(), application)), e.getValue().stream().anyMatch(access.rolesFor(application.unitId)::contains),
                ApplicationChecklist.GATED.contains(e.getKey()) ? missing : List.of())).toList();
    }

    private List<Person> whoMay(Set<String> roles, Application application) {
        Set<Person> who = new LinkedHashSet<>();
        if (roles.contains(Roles.COORDINATOR)) {
            who.addAll(people.coordinators(application.unitId));
        }
        if (roles.contains(Roles.ADVISOR)) {
            who.addAll(people.advisors());
        }
        return List.copyOf(who);
    }
}
