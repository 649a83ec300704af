package se.sodertalje.euportal.common.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Step;
import se.sodertalje.euportal.project.ProjectAction;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.project.ProjectWorkflow;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.report.ReportWorkflow;

/** A table refuses with one code per status: its role refusal a 403 code, its state refusal a 409 code. */
class WorkflowTableTest {

    enum Action { GO }

    enum State { HERE, THERE }

    private static final List<Step<Action, State>> STEPS = List.of(new Step<>(Action.GO, "advisor", EnumSet.of(State.HERE), State.THERE));

    @Test
    void aTableShouldRefuseCodesWhoseStatusIsNotItsRefusals() {
        IllegalArgumentException forbidden = assertThrows(IllegalArgumentException.class,
                () -> new WorkflowTable<>("a thing", ProblemCode.PROJECT_001, ProblemCode.PROJECT_001, STEPS));
        assertTrue(forbidden.getMessage().contains("PROJECT-001 answers 409, not 403"), forbidden.getMessage());
        IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
                () -> new WorkflowTable<>("a thing", ProblemCode.PROJECT_007, ProblemCode.VALIDATION, STEPS));
        assertTrue(conflict.getMessage().contains("VALIDATION answers 400, not 409"), conflict.getMessage());
    }

    @Test
    void eachRefusalShouldCarryACodeOfItsStatus() {
        WorkflowTable<Action, State> table = new WorkflowTable<>("a thing", ProblemCode.PROJECT_007, ProblemCode.PROJECT_001, STEPS);
        ApiProblem role = assertThrows(ApiProblem.class, () -> table.require(State.HERE, Action.GO, Set.of("applicant")));
        assertEquals(403, role.status());
        assertEquals(role.status(), role.code().status());
        ApiProblem state = assertThrows(ApiProblem.class, () -> table.require(State.THERE, Action.GO, Set.of("advisor")));
        assertEquals(409, state.status());
        assertEquals(state.status(), state.code().status());
    }

    @Test
    void thePortalsWorkflowsShouldInitialise() {
        // Their tables are built at class initialisation: a wrong code would fail here, not on a user's step.
        assertFalse(ProjectWorkflow.stepsFrom(ProjectStatus.RUNNING).isEmpty());
        assertFalse(ReportWorkflow.stepsFrom(ReportStatus.values()[0]).isEmpty());
        assertFalse(ApplicationWorkflow.stepsFrom(ApplicationStatus.values()[0]).isEmpty());
    }
}
