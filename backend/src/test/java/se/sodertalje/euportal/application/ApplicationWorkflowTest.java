package se.sodertalje.euportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.sodertalje.euportal.common.workflow.WorkflowTable.Verdict;

class ApplicationWorkflowTest {

    private static final Set<String> APPLICANT = Set.of("applicant");
    private static final Set<String> COORDINATOR = Set.of("coordinator", "applicant");
    private static final Set<String> ADVISOR = Set.of("advisor");
    private static final Set<String> AUDITOR = Set.of("auditor");
    private static final Set<String> ADMIN = Set.of("admin");

    @Test
    void theHappyPathShouldTakeEachRoleInTurn() {
        assertEquals(List.of(TransitionAction.APPROVE_FOR_UNIT, TransitionAction.WITHDRAW),
                ApplicationWorkflow.allowedActions(ApplicationStatus.DRAFT, COORDINATOR));
        assertEquals(List.of(TransitionAction.RETURN_FOR_CHANGES, TransitionAction.START_REVIEW, TransitionAction.WITHDRAW),
                ApplicationWorkflow.allowedActions(ApplicationStatus.UNIT_APPROVED, ADVISOR));
        assertEquals(List.of(TransitionAction.RETURN_FOR_CHANGES, TransitionAction.CLEAR_FOR_SUBMISSION,
                TransitionAction.WITHDRAW), ApplicationWorkflow.allowedActions(ApplicationStatus.IN_REVIEW, ADVISOR));
        assertEquals(List.of(TransitionAction.SUBMIT, TransitionAction.WITHDRAW),
                ApplicationWorkflow.allowedActions(ApplicationStatus.READY_TO_SUBMIT, COORDINATOR));
        assertEquals(List.of(TransitionAction.RECORD_GRANT, TransitionAction.RECORD_REJECTION, TransitionAction.WITHDRAW),
                ApplicationWorkflow.allowedActions(ApplicationStatus.SUBMITTED, ADVISOR));
        assertEquals(ApplicationStatus.SUBMITTED, ApplicationWorkflow.target(TransitionAction.SUBMIT));
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void applicantsAuditorsAndAdminsTakeNoStepFromAnyState(ApplicationStatus status) {
        for (Set<String> roles : List.of(APPLICANT, AUDITOR, ADMIN)) {
            assertEquals(List.of(), ApplicationWorkflow.allowedActions(status, roles));
            for (TransitionAction action : TransitionAction.values()) {
                assertEquals(Verdict.FORBIDDEN_FOR_ROLE, ApplicationWorkflow.judge(status, action, roles),
                        roles + " " + action + " from " + status);
            }
        }
    }

    @Test
    void aCoordinatorMayNotDoTheOfficesWork() {
        assertEquals(Verdict.FORBIDDEN_FOR_ROLE,
                ApplicationWorkflow.judge(ApplicationStatus.UNIT_APPROVED, TransitionAction.START_REVIEW, COORDINATOR));
        assertEquals(Verdict.FORBIDDEN_FOR_ROLE,
                ApplicationWorkflow.judge(ApplicationStatus.IN_REVIEW, TransitionAction.RETURN_FOR_CHANGES, COORDINATOR));
        assertEquals(Verdict.FORBIDDEN_FOR_ROLE,
                ApplicationWorkflow.judge(ApplicationStatus.SUBMITTED, TransitionAction.RECORD_GRANT, COORDINATOR));
    }

    @Test
    void anAdvisorMayNotApproveForTheUnit() {
        assertEquals(Verdict.FORBIDDEN_FOR_ROLE,
                ApplicationWorkflow.judge(ApplicationStatus.DRAFT, TransitionAction.APPROVE_FOR_UNIT, ADVISOR));
    }

    @Test
    void aStepFromTheWrongStateShouldBeAConflictForThoseWhoMayTakeIt() {
        assertEquals(Verdict.NOT_FROM_STATE,
                ApplicationWorkflow.judge(ApplicationStatus.DRAFT, TransitionAction.SUBMIT, ADVISOR));
        assertEquals(Verdict.NOT_FROM_STATE,
                ApplicationWorkflow.judge(ApplicationStatus.IN_REVIEW, TransitionAction.APPROVE_FOR_UNIT, COORDINATOR));
        for (ApplicationStatus closed : List.of(ApplicationStatus.GRANTED, ApplicationStatus.REJECTED,
                ApplicationStatus.WITHDRAWN)) {
            assertEquals(List.of(), ApplicationWorkflow.allowedActions(closed, ADVISOR));
            assertEquals(Verdict.NOT_FROM_STATE, ApplicationWorkflow.judge(closed, TransitionAction.WITHDRAW, ADVISOR));
        }
    }

    @Test
    void onlyDraftsCanBeEdited() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(status == ApplicationStatus.DRAFT, ApplicationWorkflow.isEditable(status), status.name());
        }
    }
}
