package se.sodertalje.euportal.project;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.workflow.WorkflowTable;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.security.Roles;

/**
 * A project runs, closes (its final reporting under way), is closed (the last payment recorded,
 * its retention date set) and is archived: read-only until its retention date. Advisors of the
 * International Office take each step.
 */
public final class ProjectWorkflow {

    private static final WorkflowTable<ProjectAction, ProjectStatus> TABLE = new WorkflowTable<>("a project",
            ProblemCode.PROJECT_007, ProblemCode.PROJECT_001, List.of(
            new Step<>(ProjectAction.START_CLOSING, Roles.ADVISOR, EnumSet.of(ProjectStatus.RUNNING), ProjectStatus.CLOSING),
            new Step<>(ProjectAction.CLOSE, Roles.ADVISOR, EnumSet.of(ProjectStatus.CLOSING), ProjectStatus.CLOSED),
            new Step<>(ProjectAction.ARCHIVE, Roles.ADVISOR, EnumSet.of(ProjectStatus.CLOSED), ProjectStatus.ARCHIVED)));

    private ProjectWorkflow() {
    }

    /** Refuses a step the caller may not take now (403 PROJECT-007 for the role, 409 PROJECT-001 from the state). */
    public static void require(ProjectStatus from, ProjectAction action, Set<String> roles) {
        TABLE.require(from, action, roles);
    }

    public static ProjectStatus target(ProjectAction action) {
        return TABLE.target(action);
    }

    /** Who may take which step from the state (for the readiness view: the next steps and their roles). */
    public static List<Step<ProjectAction, ProjectStatus>> stepsFrom(ProjectStatus from) {
        return TABLE.stepsFrom(from);
    }

    public static List<ProjectAction> allowedActions(ProjectStatus from, Set<String> roles) {
        return TABLE.allowedActions(from, roles);
    }

    /** An archived project's records no longer change. */
    public static boolean isWritable(ProjectStatus status) {
        return status != ProjectStatus.ARCHIVED;
    }
}
