package se.sodertalje.euportal.task;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The order of the to-do list: by default by due day, then oldest first (tasks without a due day or a
 * start after those with one). {@code sort} overrides it, e.g. {@code since} (oldest first),
 * {@code -since}, {@code kind,due}; tasks without the value sort last either way.
 */
final class TaskOrder {

    static final String DEFAULT = "due,since";

    private static final Map<String, Function<TaskView, Comparable<?>>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("due", TaskView::due);
        KEYS.put("since", TaskView::since);
        KEYS.put("kind", TaskView::kind);
        KEYS.put("unit", t -> t.unit() == null ? null : t.unit().name().toLowerCase());
        KEYS.put("label", t -> t.record().label().toLowerCase());
    }

    private TaskOrder() {
    }

    /** The comparator of a sort expression; 400 naming {@code sort} for an unknown key. */
    static Comparator<TaskView> of(String sort) {
        String expression = sort == null || sort.isBlank() ? DEFAULT : sort;
        Comparator<TaskView> order = null;
        for (String raw : expression.split(",")) {
            String field = raw.trim();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            Function<TaskView, Comparable<?>> key = KEYS.get(name);
            if (key == null) {
                throw ApiProblem.invalid("sort", "cannot sort by '" + name + "'; allowed: "
                        + String.join(", ", KEYS.keySet()), ProblemCode.SORT);
            }
            Comparator<TaskView> next = by(key, descending);
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<TaskView> ties = Comparator.comparing(TaskView::kind)
                .thenComparing(t -> t.record().label().toLowerCase()).thenComparing(t -> t.record().id());
        return order == null ? ties : order.thenComparing(ties);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<TaskView> by(Function<TaskView, Comparable<?>> key, boolean descending) {
        Comparator<Comparable> natural = descending ? Comparator.<Comparable>reverseOrder() : Comparator.<Comparable>naturalOrder();
        return Comparator.comparing(t -> (Comparable) key.apply(t), Comparator.nullsLast(natural));
    }
}
