package se.sodertalje.euportal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.PagedQuery;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.UnitAccess;

/** Contact persons: scoped to the caller's units, kept by the unit's coordinator and the office. */
@ApplicationScoped
public class ContactPersonService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(c.name)", "email", "lower(c.email)", "unitName", "lower(u.name)",
            "activeFrom", "c.activeFrom", "activeTo", "c.activeTo");

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    HistoryReader historyReader;

    @Inject
    Clock clock;

    public record ContactFilter(String q, UUID unitId, ContactRole role, Boolean active) {
    }

    public Page<ContactPersonView> list(PageParams paging, ContactFilter filter) {
        Filters filters = new Filters();
        access.restriction().ifPresent(ids -> filters.add("c.unitId in :ids", "ids", ids));
        if (filter.q() != null && !filter.q().isBlank()) {
            filters.add("(lower(c.name) like :q escape '\\' or lower(c.email) like :q escape '\\'"
                    + " or lower(c.title) like :q escape '\\' or lower(u.name) like :q escape '\\')",
                    "q", Filters.containsPattern(filter.q()));
        }
        if (filter.unitId() != null) {
            filters.add("c.unitId = :unitId", "unitId", filter.unitId());
        }
        if (filter.role() != null) {
            filters.add("c.rolesText like :role", "role", "%" + filter.role().name() + "%");
        }
        if (filter.active() != null) {
            // The same rule as ActivePeriod.covers, in the query so that paging stays right.
            String covers = "((c.activeFrom is null or c.activeFrom <= :today) and (c.activeTo is null or c.activeTo >= :today))";
            filters.add(filter.active() ? covers : "not " + covers, "today", today());
        }
        String order = SortOrder.toJpql(paging.sort, "name", SORTABLE, "c.id");
        LocalDate today = today();
        return PagedQuery.run(em, Object[].class, "select c, u", " from ContactPerson c join Unit u on u.id = c.unitId",
                "count(c)", filters, order, paging, rows -> rows.stream()
                        .map(row -> OrganisationMapper.view((ContactPerson) row[0], (Unit) row[1], today)).toList());
    }

    public ContactPersonView get(UUID id) {
        return view(reachable(id));
    }

    @Transactional
    public ContactPersonView create(ContactPersonRequest request) {
        ContactPerson person = new ContactPerson();
        apply(person, request);
        person.persist();
        em.flush();
        return view(person);
    }

    @Transactional
    public ContactPersonView update(UUID id, String ifMatch, ContactPersonRequest request) {
        ContactPerson person = reachable(id);
        ETags.requireMatch(ifMatch, person.version);
        if (person.erased) {
            throw ApiProblem.conflict(ProblemCode.CONTACT_002, "The person's data has been erased; the record cannot be edited");
        }
        apply(person, request);
        em.flush();
        return view(person);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        ContactPerson person = reachable(id);
        ETags.requireMatch(ifMatch, person.version);
        person.delete();
        em.flush();
    }

    /** Also of a deleted person; only readers of every unit may ask (see the resource). */
    public List<HistoryEntry> history(UUID id) {
        ContactPerson person = ContactPerson.findById(id);
        boolean reachable = person == null || access.canReach(person.unitId);
        return historyReader.historyOf(ContactPerson.class, id, reachable, OrganisationMapper::snapshot,
                "Contact person " + id);
    }

    /** The contact person, if the caller may reach their unit; 404 otherwise, whether or not it exists. */
    ContactPerson reachable(UUID id) {
        ContactPerson person = ContactPerson.findById(id);
        if (person == null || !access.canReach(person.unitId)) {
            throw ApiProblem.notFound("Contact person " + id);
        }
        return person;
    }

    ContactPersonView view(ContactPerson person) {
        return OrganisationMapper.view(person, Unit.findById(person.unitId), today());
    }

    private void apply(ContactPerson person, ContactPersonRequest request) {
        Unit unit = Unit.findById(request.unitId());
        if (unit == null || !access.canReach(unit.id)) {
            throw ApiProblem.invalid("unitId", "no such unit among yours", ProblemCode.EXISTS);
        }
        ActivePeriod period = new ActivePeriod(request.activeFrom(), request.activeTo());
        if (!period.isValid()) {
            throw ApiProblem.invalid("activeTo", "must not be before activeFrom", ProblemCode.PERIOD);
        }
        person.unitId = unit.id;
        person.name = request.name().trim();
        person.title = Text.blankToNull(request.title());
        person.email = request.email().trim();
        person.phone = Text.blankToNull(request.phone());
        person.roles = EnumSet.copyOf(request.roles());
        person.activeFrom = request.activeFrom();
        person.activeTo = request.activeTo();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
