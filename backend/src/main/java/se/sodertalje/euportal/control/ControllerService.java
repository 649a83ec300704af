package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectService;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UserProfile;

/**
 * The controllers of a project: advisors appoint and remove them (CONTROL-013), each change audited;
 * an appointed controller reads the project and does its control work.
 */
@ApplicationScoped
public class ControllerService {

    @Schema(name = "ProjectControllerView", requiredProperties = {"subject", "name", "email", "appointedBy", "appointedAt"})
    public record ControllerView(String subject, @Schema(nullable = true) String name,
            @Schema(nullable = true) String email, Actor appointedBy, Instant appointedAt) {
    }

    @Schema(name = "ControllerCandidate", requiredProperties = {"subject", "name", "email"})
    public record Candidate(String subject, @Schema(nullable = true) String name, @Schema(nullable = true) String email) {
    }

    @Inject
    ProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<ControllerView> list(UUID projectId) {
        Project project = projects.reachable(projectId);
        return ProjectController.<ProjectController>list("projectId = ?1 order by appointedAt, id", project.id).stream()
                .map(ControllerService::view).toList();
    }

    /** Users who hold the controller role (as their last token said) and are not appointed to the project yet. */
    public List<Candidate> candidates(UUID projectId) {
        Project project = projects.reachable(projectId);
        Set<String> appointed = ProjectController.<ProjectController>list("projectId", project.id).stream()
                .map(c -> c.controllerSubject).collect(Collectors.toSet());
        return UserProfile.<UserProfile>list("order by name, subject").stream()
                .filter(p -> !appointed.contains(p.subject) && !p.isServiceAccount() && isController(p))
                .map(p -> new Candidate(p.subject, p.name, p.email)).toList();
    }

    @Transactional
    public ControllerView appoint(UUID projectId, String subject) {
        Project project = projects.writable(projectId);
        UserProfile profile = UserProfile.findById(subject);
        if (profile == null || profile.isServiceAccount() || !isController(profile)) {
            throw ApiProblem.invalid("subject", "no user with the controller role has this id (they appear once they "
                    + "have logged in)", ProblemCode.CONTROL_018);
        }
        if (ProjectController.count("projectId = ?1 and controllerSubject = ?2", project.id, subject) > 0) {
            throw ApiProblem.conflict(ProblemCode.CONTROL_013, profile.name + " is appointed to the project already");
        }
        ProjectController controller = new ProjectController();
        controller.projectId = project.id;
        controller.controllerSubject = subject;
        controller.controllerName = profile.name;
        controller.controllerEmail = profile.email;
        controller.appointedBySubject = user.subject();
        controller.appointedByName = user.displayName();
        controller.appointedAt = clock.instant();
        controller.persist();
        return view(controller);
    }

    @Transactional
    public void remove(UUID projectId, String subject) {
        Project project = projects.writable(projectId);
        ProjectController controller = ProjectController.<ProjectController>find("projectId = ?1 and controllerSubject = ?2",
                project.id, subject).firstResult();
        if (controller == null) {
            throw ApiProblem.notFound("Controller " + subject);
        }
        controller.delete();
    }

    private static boolean isController(UserProfile profile) {
        return profile.roles != null && Arrays.asList(profile.roles.split(",")).contains(Roles.CONTROLLER);
    }

    private static ControllerView view(ProjectController c) {
        return new ControllerView(c.controllerSubject, c.controllerName, c.controllerEmail,
                new Actor(c.appointedBySubject, c.appointedByName), c.appointedAt);
    }
}
