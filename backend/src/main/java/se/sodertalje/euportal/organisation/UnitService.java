package se.sodertalje.euportal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.UnitAccess;

/** Units: scoped reads, admin maintenance, the unit tree's integrity. */
@ApplicationScoped
public class UnitService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(u.name)", "code", "u.code", "type", "u.type", "active", "u.active");

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    HistoryReader historyReader;

    public record UnitFilter(String q, UnitType type, Boolean active) {
    }

    public Page<UnitView> list(PageParams paging, UnitFilter filter) {
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> filters.add("u.id in :ids", "ids", ids));
        if (filter.q() != null && !filter.q().isBlank()) {
            filters.add("(lower(u.name) like :q escape '\\' or lower(u.code) like :q escape '\\')", "q",
                    Filters.containsPattern(filter.q()));
        }
        if (filter.type() != null) {
            filters.add("u.type = :type", "type", filter.type());
        }
        if (filter.active() != null) {
            filters.add("u.active = :active", "active", filter.active());
        }
        String order = SortOrder.toJpql(paging.sort, "name", SORTABLE, "u.id");
        // One statement: the view straight from the row and its parent's name (no entities to manage), and no
        // count when the page holds the whole list (PagedQuery).
        return PagedQuery.run(em, UnitView.class, "select new " + UnitView.class.getName()
                + "(u.id, u.code, u.name, u.type, u.parentId, p.name, u.active, u.version)",
                " from Unit u left join Unit p on p.id = u.parentId", " from Unit u", "count(u)", filters, order, paging,
                rows -> rows);
    }

    public UnitView get(UUID id) {
        return view(reachable(id));
    }

    @Transactional
    public UnitView create(UnitRequest request) {
        Unit unit = new Unit();
        apply(unit, request);
        unit.persist();
        em.flush();
        return view(unit);
    }

    @Transactional
    public UnitView update(UUID id, String ifMatch, UnitRequest request) {
        Unit unit = reachable(id);
        ETags.requireMatch(ifMatch, unit.version);
        apply(unit, request);
        em.flush();
        return view(unit);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Unit unit = reachable(id);
        ETags.requireMatch(ifMatch, unit.version);
        if (Unit.count("parentId", id) > 0) {
            throw ApiProblem.conflict(ProblemCode.UNIT_002, "The unit has sub-units; move or delete them first");
        }
        if (ContactPerson.count("unitId", id) > 0) {
            throw ApiProblem.conflict(ProblemCode.UNIT_003, "The unit has contact persons; delete them or deactivate the unit instead");
        }
        unit.delete();
        em.flush();
    }

    /** Also of a deleted unit; only readers of every unit may ask (see the resource). */
    public List<HistoryEntry> history(UUID id) {
        Unit unit = Unit.findById(id);
        boolean reachable = unit == null || access.canReach(unit.id);
        return historyReader.historyOf(Unit.class, id, reachable, OrganisationMapper::snapshot, "Unit " + id);
    }

    /** The unit, if the caller may reach it; 404 otherwise, whether or not it exists. */
    Unit reachable(UUID id) {
        Unit unit = Unit.findById(id);
        if (unit == null || !access.canReach(unit.id)) {
            throw ApiProblem.notFound("Unit " + id);
        }
        return unit;
    }

    private void apply(Unit unit, UnitRequest request) {
        String code = request.code().trim();
        boolean codeTaken = Unit.count("code = ?1 and id <> ?2", code,
                unit.id == null ? new UUID(0, 0) : unit.id) > 0;
        if (codeTaken) {
            throw ApiProblem.conflict(ProblemCode.UNIT_001, "Another unit already has code " + code,
                    new FieldError("code", "is already used by another unit", ProblemCode.UNIQUE)).with(Map.of("code", code));
        }
        if (request.parentId() != null) {
            checkParent(unit.id, request.parentId());
        }
        unit.code = code;
        unit.name = request.name().trim();
        unit.type = request.type();
        unit.parentId = request.parentId();
        unit.active = request.active();
    }

    /** A parent must exist and must not be the unit itself or one of its descendants. */
    private void checkParent(UUID unitId, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null) {
            if (current.equals(unitId) || !seen.add(current)) {
                throw ApiProblem.invalid("parentId", "would make the unit its own ancestor", ProblemCode.CYCLE);
            }
            Unit ancestor = Unit.findById(current);
            if (ancestor == null) {
                throw ApiProblem.invalid("parentId", "no such unit", ProblemCode.EXISTS);
            }
            current = ancestor.parentId;
        }
    }

    UnitView view(Unit unit) {
        return views(List.of(unit)).get(0);
    }

    private List<UnitView> views(List<Unit> units) {
        Set<UUID> parentIds = units.stream().map(u -> u.parentId).filter(p -> p != null).collect(Collectors.toSet());
        Map<UUID, String> parentNames = new LinkedHashMap<>();
        if (!parentIds.isEmpty()) {
            em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", parentIds)
                    .getResultList().forEach(p -> parentNames.put(p.id, p.name));
        }
        return units.stream().map(u -> OrganisationMapper.view(u, parentNames.get(u.parentId))).toList();
    }
}
