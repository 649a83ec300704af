package se.sodertalje.euportal.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;

/** Calls for proposals: search, "closing soon", and the International Office's upkeep. */
@ApplicationScoped
public class CallService {

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    @Inject
    Clock clock;

    @Inject
    Event<CallsChanged> changed;

    /** One page of the call finder: see {@link CallSearch} for the conditions, nearest deadline first. */
    public Page<CallView> list(PageParams paging, CallSearch.Criteria criteria) {
        Instant now = clock.instant();
        String order = SortOrder.toJpql(paging.sort, CallSearch.DEFAULT_SORT, CallSearch.SORTABLE, "c.id");
        return PagedQuery.runNative(em, FundingCall.class, "c", CallSearch.FROM, CallSearch.filters(criteria, now),
                order, paging, calls -> calls.stream()
                        .map(call -> CallMapper.view(call, Programme.findById(call.programmeId), now)).toList());
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
        changed.fire(new CallsChanged(List.of(new CallsChanged.Change(call.id, null, false))));
        return CallMapper.view(call, programme, clock.instant());
    }

    @Transactional
    public CallView update(UUID id, String ifMatch, CallRequest request) {
        FundingCall call = find(id);
        ETags.requireMatch(ifMatch, call.version);
        Instant previousClosesAt = call.closesAt;
        Programme programme = apply(call, request);
        em.flush();
        changed.fire(new CallsChanged(List.of(new CallsChanged.Change(call.id, previousClosesAt, false))));
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
            errors.add(new FieldError("programmeId", "no such programme", ProblemCode.EXISTS));
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "is not a time zone such as Europe/Brussels", ProblemCode.TIME_ZONE));
        }
        if (request.opensAt() != null && request.opensAt().isAfter(request.closesAt())) {
            errors.add(new FieldError("opensAt", "must not be after closesAt", ProblemCode.PERIOD));
        }
        if (request.grantMin() != null && request.grantMax() != null && request.grantMin().compareTo(request.grantMax()) > 0) {
            errors.add(new FieldError("grantMin", "must not exceed grantMax", ProblemCode.RANGE));
        }
        if (programme != null && request.rules() != null) {
            errors.addAll(RuleSetRules.checkNarrows(request.rules(), programme.rules, "rules"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        String identifier = request.identifier().trim();
        if (FundingCall.count("identifier = ?1 and id <> ?2", identifier, call.id == null ? new UUID(0, 0) : call.id) > 0) {
            throw ApiProblem.conflict(ProblemCode.CALL_001, "Another call already has identifier " + identifier,
                    new FieldError("identifier", "is already used by another call", ProblemCode.UNIQUE))
                    .with(Map.of("identifier", identifier));
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

}
