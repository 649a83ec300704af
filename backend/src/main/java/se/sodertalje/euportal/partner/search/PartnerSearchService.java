package se.sodertalje.euportal.partner.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.idea.Idea;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.CountryCodes;
import se.sodertalje.euportal.partner.TextQueries;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;

/** Partner searches of the caller's units (every unit for the International Office and auditors). */
@ApplicationScoped
public class PartnerSearchService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "s.createdAt", "title", "lower(s.title)",
            "interestDeadline", "s.interestDeadline");

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public record SearchFilter(UUID unitId, SearchStatus status, UUID applicationId, UUID ideaId) {
    }

    public Page<PartnerSearchView> list(PageParams paging, SearchFilter filter) {
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> filters.add("s.unitId in :ids", "ids", ids.isEmpty()
                ? List.of(new UUID(0, 0)) : ids));
        if (filter.unitId() != null) {
            filters.add("s.unitId = :unitId", "unitId", filter.unitId());
        }
        if (filter.status() != null) {
            filters.add("s.status = :status", "status", filter.status());
        }
        if (filter.applicationId() != null) {
            filters.add("s.applicationId = :applicationId", "applicationId", filter.applicationId());
        }
        if (filter.ideaId() != null) {
            filters.add("s.ideaId = :ideaId", "ideaId", filter.ideaId());
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "s.id");
        return PagedQuery.run(em, PartnerSearch.class, "select s", " from PartnerSearch s", "count(s)", filters, order,
                paging, rows -> rows.stream().map(this::view).toList());
    }

    public PartnerSearchView get(UUID id) {
        return view(reachable(id));
    }

    @Transactional
    public PartnerSearchView create(PartnerSearchRequest request) {
        PartnerSearch search = new PartnerSearch();
        apply(search, request);
        search.createdBySubject = user.subject();
        search.createdByName = user.displayName();
        search.createdAt = clock.instant();
        search.persist();
        return saved(search);
    }

    @Transactional
    public PartnerSearchView update(UUID id, String ifMatch, PartnerSearchRequest request) {
        PartnerSearch search = reachable(id);
        ETags.requireMatch(ifMatch, search.version);
        apply(search, request);
        return saved(search);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        PartnerSearch search = reachable(id);
        ETags.requireMatch(ifMatch, search.version);
        search.delete();
        em.flush();
    }

    /** The search, if the caller may reach its unit; 404 otherwise, whether or not it exists. */
    public PartnerSearch reachable(UUID id) {
        PartnerSearch search = PartnerSearch.findById(id);
        if (search == null || !access.canReach(search.unitId)) {
            throw ApiProblem.notFound("Partner search " + id);
        }
        return search;
    }

    private PartnerSearchView saved(PartnerSearch search) {
        storeMatching(em, search);
        return view(search);
    }

    /**
     * Stores the words to match with the search (see TextQueries.ANY_WORD: its topic and the expertise
     * sought, with the English of its Swedish words, TopicGlossary) and ranks the register against them (MatchStore).
     */
    public static void storeMatching(EntityManager em, PartnerSearch search) {
        em.flush();
        String words = TopicGlossary.withEnglish(search.topic + " " + String.join(" ", search.expertise));
        em.createNativeQuery("update partner_search set match_query = " + TextQueries.ANY_WORD
                + " where id = :id").setParameter("text", words).setParameter("id", search.id).executeUpdate();
        MatchStore.refreshSearch(em, search.id);
    }

    private void apply(PartnerSearch search, PartnerSearchRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Unit unit = Unit.findById(request.unitId());
        if (unit == null || !access.canReach(unit.id)) {
            throw ApiProblem.invalid("unitId", "no such unit among yours", ProblemCode.EXISTS);
        }
        if (request.ideaId() != null) {
            Idea idea = Idea.findById(request.ideaId());
            if (idea == null || !idea.unitId.equals(unit.id)) {
                errors.add(new FieldError("ideaId", "no such idea of the unit", ProblemCode.EXISTS));
            }
        }
        if (request.applicationId() != null) {
            Application application = Application.findById(request.applicationId());
            if (application == null || !application.unitId.equals(unit.id)) {
                errors.add(new FieldError("applicationId", "no such application of the unit", ProblemCode.EXISTS));
            }
        }
        if (request.callId() != null && FundingCall.findById(request.callId()) == null) {
            errors.add(new FieldError("callId", "no such call", ProblemCode.EXISTS));
        }
        List<String> countries = request.countries() == null ? List.of() : request.countries().stream()
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        for (int i = 0; i < countries.size(); i++) {
            if (!CountryCodes.valid(countries.get(i))) {
                errors.add(new FieldError("countries[" + i + "]", "is not an ISO 3166-1 alpha-2 code such as FI",
                        ProblemCode.COUNTRY));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        search.unitId = unit.id;
        search.ideaId = request.ideaId();
        search.applicationId = request.applicationId();
        search.callId = request.callId();
        search.title = request.title().trim();
        search.topic = request.topic().trim();
        search.roles = request.roles() == null ? new ArrayList<>() : new ArrayList<>(request.roles().stream().distinct().toList());
        search.countries = new ArrayList<>(countries);
        search.organisationTypes = request.organisationTypes() == null ? new ArrayList<>()
                : new ArrayList<>(request.organisationTypes().stream().distinct().toList());
        search.expertise = request.expertise() == null ? new ArrayList<>()
                : new ArrayList<>(request.expertise().stream().map(String::trim).distinct().toList());
        search.interestDeadline = request.interestDeadline();
        search.status = request.status() == null ? SearchStatus.OPEN : request.status();
    }

    private PartnerSearchView view(PartnerSearch s) {
        Unit unit = Unit.findById(s.unitId);
        FundingCall call = s.callId == null ? null : FundingCall.findById(s.callId);
        return new PartnerSearchView(s.id, s.unitId, unit.code, s.ideaId, s.applicationId, s.callId,
                call == null ? null : call.identifier, s.title, s.topic, s.roles, s.countries, s.organisationTypes,
                s.expertise, s.interestDeadline, s.status, PartnerInterest.count("searchId", s.id),
                new Actor(s.createdBySubject, s.createdByName), s.createdAt, s.version);
    }
}
