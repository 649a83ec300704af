package se.sodertalje.euportal.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;

/** Turns an API sort expression such as {@code name,-code} into a JPQL order-by over allowed fields only. */
public final class SortOrder {

    private SortOrder() {
    }

    /**
     * @param allowed API field name to JPQL path
     * @param tieBreaker JPQL path appended last so that paging is stable
     */
    public static String toJpql(String sort, String defaultSort, Map<String, String> allowed, String tieBreaker) {
        String expression = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> parts = new ArrayList<>();
        for (String raw : expression.split(",")) {
            String field = raw.trim();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            String path = allowed.get(name);
            if (path == null) {
                throw ApiProblem.invalid("sort", "cannot sort by '" + name + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()), ProblemCode.SORT);
            }
            parts.add(path + (descending ? " desc" : " asc"));
        }
        parts.add(tieBreaker + " asc");
        return String.join(", ", parts);
    }
}
