package se.sodertalje.euportal.common.workflow;

import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * A lifecycle as a table: for each action, which role may take it from which states and where it
 * leads, and how a step it does not allow is refused. Used by applications, reports and projects.
 *
 * @param <A> the actions
 * @param <S> the states
 */
public final class WorkflowTable<A extends Enum<A>, S extends Enum<S>> {

    /** One row: {@code role} may take {@code action} from {@code from}, leading to {@code to}. */
    public record Step<A, S>(A action, String role, Set<S> from, S to) {
    }

    /** What the table says of an action asked by a caller in a state. */
    public enum Verdict {
        ALLOWED, FORBIDDEN_FOR_ROLE, NOT_FROM_STATE
    }

    private final String record;
    private final ProblemCode forbiddenCode;
    private final ProblemCode conflictCode;
    private final List<Step<A, S>> steps;

    /**
     * @param record the record in a refusal's words, e.g. "an application"
     * @param forbiddenCode the problem code of a step the caller's role may not take (403)
     * @param conflictCode the problem code of a step impossible from the state (409)
     */
    public WorkflowTable(String record, ProblemCode forbiddenCode, ProblemCode conflictCode, List<Step<A, S>> steps) {
        // A code has one status (the registry's): a refusal must not answer a 403 with a 409 code, nor the reverse.
        if (forbiddenCode.status() != 403) {
            throw new IllegalArgumentException(forbiddenCode.code() + " answers " + forbiddenCode.status()
                    + ", not 403: the role refusal of " + record + " needs a 403 code");
        }
        if (conflictCode.status() != 409) {
            throw new IllegalArgumentException(conflictCode.code() + " answers " + conflictCode.status()
                    + ", not 409: the state refusal of " + record + " needs a 409 code");
        }
        this.record = record;
        this.forbiddenCode = forbiddenCode;
        this.conflictCode = conflictCode;
        this.steps = List.copyOf(steps);
    }

    /** Refuses a step the table does not allow the caller: 403 for the role, 409 for the state. */
    public void require(S from, A action, Set<String> roles) {
        switch (judge(from, action, roles)) {
            case FORBIDDEN_FOR_ROLE -> throw new ApiProblem(403, forbiddenCode, "Forbidden",
                    "Your roles do not allow " + action + " on " + record + " that is " + from, null);
            case NOT_FROM_STATE -> throw ApiProblem.conflict(conflictCode, action + " is not possible from " + from);
            case ALLOWED -> {
            }
        }
    }

    /** 403 when none of the caller's roles may take the action from here; 409 when nobody may. */
    public Verdict judge(S from, A action, Set<String> roles) {
        boolean anyoneFromHere = steps.stream().anyMatch(s -> s.action() == action && s.from().contains(from));
        if (!anyoneFromHere) {
            return steps.stream().anyMatch(s -> s.action() == action && roles.contains(s.role()))
                    ? Verdict.NOT_FROM_STATE : Verdict.FORBIDDEN_FOR_ROLE;
        }
        boolean callerFromHere = steps.stream()
                .anyMatch(s -> s.action() == action && s.from().contains(from) && roles.contains(s.role()));
        return callerFromHere ? Verdict.ALLOWED : Verdict.FORBIDDEN_FOR_ROLE;
    }

    public S target(A action) {
        return steps.stream().filter(s -> s.action() == action).findFirst().orElseThrow().to();
    }

    /** Every row that may be taken from the state, by any role, in the table's order: who could act next. */
    public List<Step<A, S>> stepsFrom(S from) {
        return steps.stream().filter(s -> s.from().contains(from)).toList();
    }

    /** The actions the caller may take now, for the client to offer. */
    public List<A> allowedActions(S from, Set<String> roles) {
        return steps.stream().filter(s -> s.from().contains(from) && roles.contains(s.role()))
                .map(Step::action).distinct().toList();
    }
}
