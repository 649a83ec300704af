package se.sodertalje.euportal.common.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the where-clauses and parameters of a list query built from optional filters. */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Filters add(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
        return this;
    }

    public Filters add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A case-insensitive "contains" pattern with LIKE's wildcards escaped (use with {@code escape '\'}). */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
