package se.sodertalje.euportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.CappedCount;
import se.sodertalje.euportal.common.paging.Filters;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.paging.SortOrder;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.partner.search.MatchStore;
import se.sodertalje.euportal.partner.search.PartnerInterest;

/** The partner register: search, upkeep, and the duplicate rules (same PIC, VAT number or near-identical name). */
@ApplicationScoped
public class PartnerService {

    private static final Map<String, String> SORTABLE = Map.of("legalName", "lower(o.legal_name)", "country", "o.country",
            "type", "o.org_type", "projectsCount", "o.projects_count", "relevance",
            TextQueries.rank(TextQueries.ALL_WORDS));

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    /**
     * A text search sorted by relevance ranks at most this many matches, the first the index yields: ranking
     * all of them (4 600 for "energy" among 50 000 organisations) cost the database 15 ms per request
     * (docs/performance.md, "Issue 15's fourth round"). A search that broad says "about N" in its total
     * and is narrowed by a country, a type or a second word; sorted by name, every match is listed.
     */
    public static final int RANKED_MATCHES = 1000;

    /**
     * One page of the register. The total is exact up to {@link CappedCount#LIMIT} matches and the
     * planner's estimate above it (the envelope says so).
     */
    @SuppressWarnings("unchecked")
    public Page<PartnerView> list(PageParams paging, PartnerFilter filter) {
        Filters filters = filters(filter);
        boolean text = filters.params().containsKey("q");
        if (!text && paging.sort != null && paging.sort.replace("-", "").contains("relevance")) {
            throw ApiProblem.invalid("sort", "relevance needs a text query q", ProblemCode.SORT);
        }
        String order = SortOrder.toJpql(paging.sort, text ? "-relevance" : "legalName", SORTABLE, "o.id");
        boolean ranked = text && order.contains("ts_rank");
        String from = ranked
                ? "(select o.* from partner_organisation o" + filters.where() + " limit " + RANKED_MATCHES + ") o"
                : "partner_organisation o" + filters.where();
        // No result class but the entity: see CappedCount on Hibernate's plan cache.
        var query = em.createNativeQuery("select o.* from " + from + " order by " + order, PartnerOrganisation.class);
        filters.params().forEach(query::setParameter);
        List<PartnerOrganisation> rows = query.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults())
                .getResultList();
        CappedCount.Total total = CappedCount.of(em, "partner_organisation o", filters, paging, rows.size());
        return new Page<>(rows.stream().map(PartnerMapper::listItem).toList(), paging.page, paging.size, total.value(),
                total.estimated());
    }

    /** Every organisation the filter selects, by name: for the CSV export. */
    @SuppressWarnings("unchecked")
    public List<PartnerOrganisation> all(PartnerFilter filter) {
        Filters filters = filters(filter);
        var query = em.createNativeQuery("select o.* from partner_organisation o" + filters.where()
                + " order by lower(o.legal_name), o.id", PartnerOrganisation.class);
        filters.params().forEach(query::setParameter);
        return query.getResultList();
    }

    private static Filters filters(PartnerFilter filter) {
        Filters filters = new Filters();
        if (filter.q() != null && !filter.q().isBlank()) {
            filters.add("o.search_doc @@ " + TextQueries.ALL_WORDS, "q", filter.q().trim());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            filters.add("o.country = :country", "country", filter.country().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            filters.add("o.org_type = :type", "type", filter.type().name());
        }
        if (filter.network() != null && !filter.network().isBlank()) {
            filters.add("exists (select 1 from jsonb_array_elements_text(o.networks) n where lower(n) = :network)",
                    "network", filter.network().trim().toLowerCase(Locale.ROOT));
        }
        if (filter.twinTown() != null) {
            filters.add("o.twin_town = :twinTown", "twinTown", filter.twinTown());
        }
        if (filter.expertise() != null && !filter.expertise().isBlank()) {
            filters.add("exists (select 1 from jsonb_array_elements_text(o.expertise) e where lower(e) like :expertise"
                    + " escape '\\')", "expertise", Filters.containsPattern(filter.expertise()));
        }
        if (filter.pic() != null && !filter.pic().isBlank()) {
            filters.add("o.pic = :pic", "pic", Pic.normalise(filter.pic()));
        }
        return filters;
    }

    public PartnerView get(UUID id) {
        return PartnerMapper.view(find(id));
    }

    @Transactional
    public PartnerView create(PartnerRequest request) {
        PartnerOrganisation organisation = new PartnerOrganisation();
        apply(organisation, request);
        organisation.persist();
        MatchStore.refreshOrganisation(em, organisation.id);
        return PartnerMapper.view(organisation);
    }

    @Transactional
    public PartnerView update(UUID id, String ifMatch, PartnerRequest request) {
        PartnerOrganisation organisation = find(id);
        ETags.requireMatch(ifMatch, organisation.version);
        apply(organisation, request);
        MatchStore.refreshOrganisation(em, organisation.id);
        return PartnerMapper.view(organisation);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        PartnerOrganisation organisation = find(id);
        ETags.requireMatch(ifMatch, organisation.version);
        if (ApplicationPartner.count("organisationId", id) + PartnerInterest.count("organisationId", id) > 0) {
            throw ApiProblem.conflict(ProblemCode.PARTNER_004, organisation.legalName + " is in an application's partnership or "
                    + "has expressed interest in a partner search; it stays in the register");
        }
        organisation.delete();
        em.flush();
    }

    public List<HistoryEntry> history(UUID id) {
        return historyReader.historyOf(PartnerOrganisation.class, id, true, PartnerMapper::snapshot, "Organisation " + id);
    }

    public PartnerOrganisation find(UUID id) {
        PartnerOrganisation organisation = PartnerOrganisation.findById(id);
        if (organisation == null) {
            throw ApiProblem.notFound("Organisation " + id);
        }
        return organisation;
    }

    private void apply(PartnerOrganisation o, PartnerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String country = request.country().trim().toUpperCase(Locale.ROOT);
        if (!CountryCodes.valid(country)) {
            errors.add(new FieldError("country", "is not an ISO 3166-1 alpha-2 code such as SE or FI", ProblemCode.COUNTRY));
        }
        String pic = Pic.normalise(request.pic());
        if (pic != null && !Pic.valid(pic)) {
            errors.add(new FieldError("pic", "must be the 9 digits of the Participant Identification Code", ProblemCode.PIC));
        }
        String vat = VatNumber.normalise(request.vatNumber());
        if (vat != null && !VatNumber.valid(vat)) {
            errors.add(new FieldError("vatNumber", "must be a country prefix and 2 to 13 letters or digits, e.g. "
                    + "SE212000018101", ProblemCode.VAT_NUMBER));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        String legalName = request.legalName().trim();
        String nameKey = NameKey.of(legalName);
        refuseDuplicates(o.id, pic, vat, country, nameKey);
        o.legalName = legalName;
        o.englishName = Text.blankToNull(request.englishName());
        o.country = country;
        o.region = Text.blankToNull(request.region());
        o.city = Text.blankToNull(request.city());
        o.type = request.type();
        o.pic = pic;
        o.vatNumber = vat;
        o.website = Text.blankToNull(request.website());
        o.expertise = cleaned(request.expertise());
        o.languages = cleaned(request.languages());
        o.description = Text.blankToNull(request.description());
        o.contacts = request.contacts() == null ? new ArrayList<>() : new ArrayList<>(request.contacts());
        o.twinTown = Boolean.TRUE.equals(request.twinTown());
        o.networks = cleaned(request.networks());
        o.nameKey = nameKey;
    }

    private void refuseDuplicates(UUID self, String pic, String vat, String country, String nameKey) {
        UUID id = self == null ? new UUID(0, 0) : self;
        if (pic != null) {
            PartnerOrganisation same = PartnerOrganisation.find("pic = ?1 and id <> ?2", pic, id).firstResult();
            if (same != null) {
                throw duplicate(ProblemCode.PARTNER_001, same, "pic", "has the same PIC");
            }
        }
        if (vat != null) {
            PartnerOrganisation same = PartnerOrganisation.find("vatNumber = ?1 and id <> ?2", vat, id).firstResult();
            if (same != null) {
                throw duplicate(ProblemCode.PARTNER_002, same, "vatNumber", "has the same VAT number");
            }
        }
        List<Object[]> sameCountry = em.createQuery("select o.id, o.nameKey from PartnerOrganisation o "
                + "where o.country = :country and o.id <> :id", Object[].class)
                .setParameter("country", country).setParameter("id", id).getResultList();
        for (Object[] other : sameCountry) {
            if (DuplicateRules.nearIdentical(nameKey, (String) other[1])) {
                throw duplicate(ProblemCode.PARTNER_003, PartnerOrganisation.findById(other[0]), "legalName",
                        "has a near-identical name in the same country");
            }
        }
    }

    private static ApiProblem duplicate(ProblemCode code, PartnerOrganisation existing, String field, String why) {
        return ApiProblem.duplicate(code, existing.legalName + " (" + existing.country + ") " + why
                + "; it is already in the register", new FieldError(field, "is already registered for "
                + existing.legalName, ProblemCode.DUPLICATE_ITEM), "/api/v1/partners/" + existing.id);
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::trim).distinct().toList());
    }
}
