package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UnitAccess;

/** Project ideas: scoped to the caller's units, recorded by any unit member, closed only once screened. */
@ApplicationScoped
public class IdeaService {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "lower(i.title)", "createdAt", "i.createdAt", "estimatedCost", "i.estimatedCost",
            "status", "i.status", "unitName", "lower(u.name)", "screenedAt", "i.screenedAt",
            "startDate", "i.startDate");

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    CurrentUser user;

    @Inject
    HistoryReader historyReader;

    @Inject
    IdeaViews views;

    @Inject
    Clock clock;

    public record IdeaFilter(String q, UUID unitId, IdeaStatus status, Boolean screened, Integer year,
            ScreeningOutcome outcome) {
    }

    public Page<IdeaView> list(PageParams paging, IdeaFilter filter) {
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> filters.add("i.unitId in :ids", "ids", ids));
        if (filter.q() != null && !filter.q().isBlank()) {
            filters.add("(lower(i.title) like :q escape '\\' or lower(i.description) like :q escape '\\')",
                    "q", Filters.containsPattern(filter.q()));
        }
        if (filter.unitId() != null) {
            filters.add("i.unitId = :unitId", "unitId", filter.unitId());
        }
        if (filter.status() != null) {
            filters.add("i.status = :status", "status", filter.status());
        }
        if (filter.screened() != null) {
            filters.add(filter.screened() ? "i.screenedAt is not null" : "i.screenedAt is null");
        }
        if (filter.year() != null) {
            CreationYear year = new CreationYear(filter.year());
            filters.add("i.createdAt >= :from", "from", year.start());
            filters.add("i.createdAt < :to", "to", year.end());
        }
        if (filter.outcome() != null) {
            filters.add("i.outcome = :outcome", "outcome", filter.outcome());
        }
        String order = SortOrder.toJpql(paging.sort, "-createdAt", SORTABLE, "i.id");
        return PagedQuery.run(em, Object[].class, "select i, u", " from Idea i join Unit u on u.id = i.unitId",
                "count(i)", filters, order, paging, rows -> views.of(rows.stream()
                        .map(row -> new IdeaViews.Row((Idea) row[0], (Unit) row[1])).toList()));
    }

    public IdeaView get(UUID id) {
        return views.of(reachable(id));
    }

    @Transactional
    public IdeaView create(IdeaRequest request) {
        Idea idea = new Idea();
        apply(idea, request);
        idea.status = IdeaStatus.OPEN;
        idea.createdBySubject = user.subject();
        idea.createdByName = user.displayName();
        idea.createdAt = clock.instant();
        idea.persist();
        em.flush();
        return views.of(idea);
    }

    @Transactional
    public IdeaView update(UUID id, String ifMatch, IdeaRequest request) {
        Idea idea = reachable(id);
        ETags.requireMatch(ifMatch, idea.version);
        requireOpen(idea);
        apply(idea, request);
        em.flush();
        return views.of(idea);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Idea idea = reachable(id);
        ETags.requireMatch(ifMatch, idea.version);
        requireOpen(idea);
        idea.delete();
        em.flush();
    }

    /** Closes a screened idea: the unit has decided what to do with it. */
    @Transactional
    public IdeaView close(UUID id, String ifMatch) {
        Idea idea = reachable(id);
        ETags.requireMatch(ifMatch, idea.version);
        requireOpen(idea);
        requireScreened(idea);
        idea.status = IdeaStatus.CLOSED;
        idea.closedAt = clock.instant();
        em.flush();
        return views.of(idea);
    }

    /**
     * Policy 2.d.iii: no idea is closed or turned into an application before the possibilities of EU
     * funding have been investigated and the screening recorded. 409 IDEA-001 otherwise.
     */
    public void requireScreened(Idea idea) {
        if (!idea.isScreened()) {
            throw ApiProblem.conflict(ProblemCode.IDEA_001,
                    "screening is required before an idea can be closed or turned into an application");
        }
    }

    /** A closed idea is a decision on record; it is no longer edited, screened again or deleted. */
    void requireOpen(Idea idea) {
        if (idea.status == IdeaStatus.CLOSED) {
            throw ApiProblem.conflict(ProblemCode.IDEA_002, "The idea is closed and can no longer be changed");
        }
    }

    /** Also of a deleted idea; only readers of every unit may ask (see the resource). */
    public List<HistoryEntry> history(UUID id) {
        Idea idea = Idea.findById(id);
        boolean reachable = idea == null || access.canReach(idea.unitId);
        return historyReader.historyOf(Idea.class, id, reachable, IdeaMapper::snapshot, "Idea " + id);
    }

    /** The idea, if the caller may reach its unit; 404 otherwise, whether or not it exists. */
    public Idea reachable(UUID id) {
        Idea idea = Idea.findById(id);
        if (idea == null || !access.canReach(idea.unitId)) {
            throw ApiProblem.notFound("Idea " + id);
        }
        return idea;
    }

    private void apply(Idea idea, IdeaRequest request) {
        Unit unit = Unit.findById(request.unitId());
        if (unit == null || !access.canReach(unit.id)) {
            throw ApiProblem.invalid("unitId", "no such unit among yours", ProblemCode.EXISTS);
        }
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ApiProblem.invalid("endDate", "must not be before startDate", ProblemCode.PERIOD);
        }
        idea.unitId = unit.id;
        idea.title = request.title().trim();
        idea.description = request.description() == null || request.description().isBlank()
                ? null : request.description().trim();
        // Two decimals always, so the answer to a create equals what a later read returns.
        idea.estimatedCost = request.estimatedCost() == null ? null : request.estimatedCost().setScale(2);
        idea.startDate = request.startDate();
        idea.endDate = request.endDate();
    }
}
