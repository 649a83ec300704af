package se.sodertalje.euportal.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.sodertalje.euportal.common.paging.Filters;

/**
 * The call finder's conditions as SQL over {@code funding_call c join programme p}: one query that pages
 * correctly and uses the indexes (full text: GIN on search_vector; deadline order: closes_at).
 */
public final class CallSearch {

    /** Without a status asked for, the finder offers what can still be applied to. */
    public static final Set<CallStatus> DEFAULT_STATUSES = EnumSet.of(CallStatus.OPEN, CallStatus.FORTHCOMING);

    public static final String FROM = "funding_call c join programme p on p.id = c.programme_id";

    public static final Map<String, String> SORTABLE = Map.of(
            "closesAt", "c.closes_at", "opensAt", "c.opens_at", "title", "lower(c.title)",
            "identifier", "c.identifier", "programmeName", "lower(p.name)");

    /** Nearest deadline first. */
    public static final String DEFAULT_SORT = "closesAt";

    public record Criteria(String q, Fund fund, List<UUID> programmeIds, String topic, List<CallStatus> statuses,
            ApplicantType applicantType, Integer closingWithinDays) {
    }

    private CallSearch() {
    }

    public static Filters filters(Criteria criteria, Instant now) {
        Filters filters = new Filters();
        if (criteria.q() != null && !criteria.q().isBlank()) {
            String prefix = TypeAheadQuery.of(criteria.q());
            String query = "websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q)"
                    + (prefix == null ? "" : " || to_tsquery('simple', :prefix)");
            filters.add("c.search_vector @@ (" + query + ")", "q", criteria.q().trim());
            if (prefix != null) {
                filters.params().put("prefix", prefix);
            }
        }
        if (criteria.topic() != null && !criteria.topic().isBlank()) {
            filters.add("exists (select 1 from jsonb_array_elements_text(c.topics) t where lower(t) like :topic escape '\\')",
                    "topic", Filters.containsPattern(criteria.topic()));
        }
        if (criteria.fund() != null) {
            filters.add("p.fund = :fund", "fund", criteria.fund().name());
        }
        if (criteria.programmeIds() != null && !criteria.programmeIds().isEmpty()) {
            filters.add("c.programme_id in (:programmeIds)", "programmeIds", criteria.programmeIds());
        }
        if (criteria.applicantType() != null) {
            // A call that names no applicant types has not said whom it excludes: it stays in.
            filters.add("(c.eligible_applicant_types @> cast(:applicantType as jsonb)"
                    + " or jsonb_array_length(c.eligible_applicant_types) = 0)",
                    "applicantType", "[\"" + criteria.applicantType().name() + "\"]");
        }
        String status = statusClause(statusesOf(criteria));
        if (status != null) {
            filters.add(status);
        }
        if (criteria.closingWithinDays() != null) {
            filters.add("c.closes_at > :now and c.closes_at <= :until", "until",
                    now.plus(Duration.ofDays(criteria.closingWithinDays())));
        }
        if (status != null || criteria.closingWithinDays() != null) {
            filters.params().put("now", now);
        }
        return filters;
    }

    static Set<CallStatus> statusesOf(Criteria criteria) {
        return criteria.statuses() == null || criteria.statuses().isEmpty() ? DEFAULT_STATUSES
                : EnumSet.copyOf(criteria.statuses());
    }

    /** The same rule as {@link CallStatus#of}, as SQL; null when every status is asked for. */
    static String statusClause(Set<CallStatus> statuses) {
        if (statuses.size() == CallStatus.values().length) {
            return null;
        }
        if (statuses.equals(DEFAULT_STATUSES)) {
            // open or forthcoming: exactly the calls not yet closed (nor cancelled by the funder)
            return "(c.closes_at > :now and not c.cancelled)";
        }
        return statuses.stream().map(CallSearch::clauseOf).collect(Collectors.joining(" or ", "(", ")"));
    }

    private static String clauseOf(CallStatus status) {
        return switch (status) {
            case CLOSED -> "(c.closes_at <= :now or c.cancelled)";
            case FORTHCOMING -> "(c.closes_at > :now and not c.cancelled and (c.opens_at > :now or (c.opens_at is null"
                    + " and c.announced_status = 'FORTHCOMING')))";
            case OPEN -> "(c.closes_at > :now and not c.cancelled and (c.opens_at <= :now or (c.opens_at is null"
                    + " and c.announced_status <> 'FORTHCOMING')))";
        };
    }
}
