package se.sodertalje.euportal.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import se.sodertalje.euportal.budget.ProjectOfBudget;

/**
 * Keeps the budget's port: a closed project has its last payment recorded and an archived one is
 * read-only, so neither takes a budget change request (nor a decision on one).
 */
@ApplicationScoped
public class ProjectBudgetGate implements ProjectOfBudget {

    private static final EnumSet<ProjectStatus> CLOSED = EnumSet.of(ProjectStatus.CLOSED, ProjectStatus.ARCHIVED);

    @Override
    public Optional<String> closedAs(UUID applicationId) {
        Project project = Project.find("applicationId", applicationId).firstResult();
        return project != null && CLOSED.contains(project.status) ? Optional.of(project.status.name()) : Optional.empty();
    }
}
