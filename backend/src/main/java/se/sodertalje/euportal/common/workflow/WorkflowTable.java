package se.sodertalje.euportal.common.workflow;

import java.util.List;
import java.util.Set;

/**
 * A lifecycle as a table: for each action, which role may take it from which states and where it
 * leads. Used by applications and reports alike.
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

    private final List<Step<A, S>> steps;

    public WorkflowTable(List<Step<A, S>> steps) {
        this.steps = List.copyOf(steps);
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

    /** The actions the caller may take now, for the client to offer. */
    public List<A> allowedActions(S from, Set<String> roles) {
        return steps.stream().filter(s -> s.from().contains(from) && roles.contains(s.role()))
                .map(Step::action).distinct().toList();
    }
}
