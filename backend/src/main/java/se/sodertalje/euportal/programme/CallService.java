package se.sodertalje.euportal.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;

/** Calls for proposals: search, "closing soon", and the International Office's upkeep. */
@ApplicationScoped
public class CallService {

    private static final Map<String, String> SORTABLE = Map.of(
            "closesAt", "c.closesAt", "opensAt", "c.opensAt", "title", "lower(c.title)", "identifier", "c.identifier",
            "programmeName", "lower(p.name)");
    private static final String FROM = " from FundingCall c join Programme p on p.id = c.programmeId";

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    @Inject
    Clock clock;

    public record CallFilter(String q, Fund fund, UUID programmeId, String topic, CallStatus status,
            Integer closingWithinDays) {
    }

    public Page<CallView> list(PageParams paging, CallFilter filter) {
        Instant now = clock.instant();
        Filters filters = new Filters();
        List<UUID> matching = textMatches(filter.q(), filter.topic());
        if (matching != null) {
            if (matching.isEmpty()) {
                return new Page<>(List.of(), paging.page, paging.size, 0);
            }
            filters.add("c.id in :matching", "matching", matching);
        }
        if (filter.fund() != null) {
            filters.add("p.fund = :fund", "fund", filter.fund());
        }
        if (filter.programmeId() != null) {
            filters.add("c.programmeId = :programmeId", "programmeId", filter.programmeId());
        }
        if (filter.status() != null || filter.closingWithinDays() != null) {
            filters.params().put("now", now);
        }
        if (filter.status() != null) {
            filters.add(statusClause(filter.status()));
        }
        if (filter.closingWithinDays() != null) {
            filters.add("c.closesAt > :now and c.closesAt <= :until", "until",
                    now.plus(Duration.ofDays(filter.closingWithinDays())));
        }
        String order = SortOrder.toJpql(paging.sort, "closesAt", SORTABLE, "c.id");
        return PagedQuery.run(em, Object[].class, "select c, p", FROM, "count(c)", filters, order, paging,
                rows -> rows.stream().map(row -> CallMapper.view((FundingCall) row[0], (Programme) row[1], now)).toList());
    }

    public CallView get(UUID id) {
        FundingCall call = find(id);
        return CallMapper.view(call, Programme.findById(call.programmeId), clock.instant());
    }

    @Transactional
    public CallView create(CallRequest request) {
        FundingCall call = new FundingCall();
        Programme programme = apply(call, request);
        call.persist();
        em.flush();
        return CallMapper.view(call, programme, clock.instant());
    }

    @Transactional
    public CallView update(UUID id, String ifMatch, CallRequest request) {
        FundingCall call = find(id);
        ETags.requireMatch(ifMatch, call.version);
        Programme programme = apply(call, request);
        em.flush();
        return CallMapper.view(call, programme, clock.instant());
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        FundingCall call = find(id);
        ETags.requireMatch(ifMatch, call.version);
        call.delete();
        em.flush();
    }

    public List<HistoryEntry> history(UUID id) {
        return historyReader.historyOf(FundingCall.class, id, true, CallMapper::snapshot, "Call " + id);
    }

    FundingCall find(UUID id) {
        FundingCall call = FundingCall.findById(id);
        if (call == null) {
            throw ApiProblem.notFound("Call " + id);
        }
        return call;
    }

    private Programme apply(FundingCall call, CallRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Programme programme = Programme.findById(request.programmeId());
        if (programme == null) {
            errors.add(new FieldError("programmeId", "no such programme", "Exists"));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "is not a time zone such as Europe/Brussels", "TimeZone"));
        }
        if (request.opensAt() != null && request.opensAt().isAfter(request.closesAt())) {
            errors.add(new FieldError("opensAt", "must not be after closesAt", "Period"));
        }
        if (request.grantMin() != null && request.grantMax() != null && request.grantMin().compareTo(request.grantMax()) > 0) {
            errors.add(new FieldError("grantMin", "must not exceed grantMax", "Range"));
        }
        if (programme != null && request.rules() != null) {
            errors.addAll(RuleSetRules.checkNarrows(request.rules(), programme.rules, "rules"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        String identifier = request.identifier().trim();
        if (FundingCall.count("identifier = ?1 and id <> ?2", identifier, call.id == null ? new UUID(0, 0) : call.id) > 0) {
            throw ApiProblem.conflict("CALL-001", "Another call already has identifier " + identifier,
                    new FieldError("identifier", "is already used by another call", "Unique"));
        }
        call.programmeId = programme.id;
        call.identifier = identifier;
        call.title = request.title().trim();
        call.description = Text.blankToNull(request.description());
        call.actionType = Text.blankToNull(request.actionType());
        call.opensAt = request.opensAt() == null ? null : request.opensAt().toInstant();
        call.closesAt = request.closesAt().toInstant();
        call.timeZone = request.timeZone();
        call.budget = request.budget();
        call.grantMin = request.grantMin();
        call.grantMax = request.grantMax();
        call.expectedGrants = request.expectedGrants();
        call.maxPartners = request.maxPartners();
        call.eligibleApplicantTypes = request.eligibleApplicantTypes() == null ? new ArrayList<>()
                : new ArrayList<>(request.eligibleApplicantTypes().stream().sorted().toList());
        call.topics = request.topics() == null ? new ArrayList<>()
                : new ArrayList<>(request.topics().stream().map(String::trim).distinct().toList());
        call.url = Text.blankToNull(request.url());
        call.rules = request.rules();
        return programme;
    }

    /**
     * Ids of the calls matching the full-text query and the topic, or null when neither is asked.
     * Full text: English stemming or plain words (codes such as HORIZON-CL5), weighted in the schema.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> textMatches(String q, String topic) {
        boolean hasText = q != null && !q.isBlank();
        boolean hasTopic = topic != null && !topic.isBlank();
        if (!hasText && !hasTopic) {
            return null;
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (hasText) {
            conditions.add("search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))");
            params.put("q", q.trim());
        }
        if (hasTopic) {
            conditions.add("exists (select 1 from jsonb_array_elements_text(topics) t where lower(t) like :topic escape '\\')");
            params.put("topic", Filters.containsPattern(topic));
        }
        var query = em.createNativeQuery("select id from funding_call where " + String.join(" and ", conditions), UUID.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The same rule as {@link CallStatus#of}, as a query condition so that paging stays right. */
    private static String statusClause(CallStatus status) {
        return switch (status) {
            case CLOSED -> "c.closesAt <= :now";
            case FORTHCOMING -> "c.closesAt > :now and (c.opensAt > :now or (c.opensAt is null"
                    + " and c.announcedStatus = se.sodertalje.euportal.programme.CallStatus.FORTHCOMING))";
            case OPEN -> "c.closesAt > :now and (c.opensAt <= :now or (c.opensAt is null"
                    + " and c.announcedStatus <> se.sodertalje.euportal.programme.CallStatus.FORTHCOMING))";
        };
    }

}
