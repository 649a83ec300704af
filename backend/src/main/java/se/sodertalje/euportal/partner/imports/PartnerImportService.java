package se.sodertalje.euportal.partner.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.partner.DuplicateRules;
import se.sodertalje.euportal.partner.NameKey;
import se.sodertalje.euportal.partner.Participation;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.search.MatchStore;

/**
 * Imports organisations all or nothing: every row is checked first, and one bad row imports none.
 * An organisation already in the register (same PIC, else VAT number, else the same name in the
 * same country) is updated rather than repeated; a register row whose name is only near-identical
 * to one in the register is refused, as the API refuses it.
 */
@ApplicationScoped
public class PartnerImportService {

    private static final String CORDIS = "CORDIS";
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Transactional
    public PartnerImportResult importCsv(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.badRequest("The file is empty");
        }
        CsvTable table = CsvTable.parse(body);
        ParsedOrganisations parsed;
        if (CordisFormat.recognises(table)) {
            parsed = CordisFormat.parse(table);
        } else if (PartnerCsv.recognises(table)) {
            parsed = PartnerCsv.parse(table);
        } else {
            throw ApiProblem.importRefused(List.of(new FieldError("file", "must start with the header " + String.join(",", PartnerCsv.HEADER)
                    + " (or be a CORDIS participant extract)", ProblemCode.FORMAT)));
        }
        boolean cordis = parsed.format().equals(CordisFormat.FORMAT);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        RowErrors problems = new RowErrors(errors);
        if (!cordis) {
            repeatedInFile(parsed.organisations(), problems);
        }
        Map<ImportedOrganisation, PartnerOrganisation> existing = existing(parsed.organisations(), cordis, problems);
        if (!errors.isEmpty()) {
            throw ApiProblem.importRefused(errors);
        }
        if (cordis) {
            forgetCordisHistory(existing.values().stream().map(o -> o.id).toList());
        }
        int created = 0;
        int participations = 0;
        for (ImportedOrganisation row : parsed.organisations()) {
            PartnerOrganisation organisation = existing.get(row);
            if (organisation == null) {
                organisation = new PartnerOrganisation();
                created++;
            }
            if (cordis) {
                participations += applyCordis(organisation, row);
            } else {
                applyRegister(organisation, row);
                if (organisation.id == null) {
                    organisation.persist();
                }
            }
        }
        MatchStore.refreshAll(em);
        return new PartnerImportResult(parsed.format(), parsed.rows(), created, existing.size(), participations);
    }

    /** In the register's own format, an organisation may appear once per file. */
    private static void repeatedInFile(List<ImportedOrganisation> rows, RowErrors problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportedOrganisation o : rows) {
            for (String[] key : new String[][] {{"pic", o.pic}, {"vatNumber", o.vatNumber},
                    {"legalName", o.country + "|" + NameKey.of(o.legalName)}}) {
                if (key[1] == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(key[0] + "|" + key[1], o.row);
                if (first != null) {
                    problems.add(o.row, key[0], "repeats the organisation of row " + first);
                }
            }
        }
    }

    /** The register's organisation for each row that has one; near-duplicates are recorded as errors. */
    private Map<ImportedOrganisation, PartnerOrganisation> existing(List<ImportedOrganisation> rows, boolean cordis,
            RowErrors problems) {
        Map<String, PartnerOrganisation> byPic = load("pic", rows.stream().map(o -> o.pic), o -> o.pic);
        Map<String, PartnerOrganisation> byVat = load("vatNumber", rows.stream().map(o -> o.vatNumber), o -> o.vatNumber);
        Map<String, PartnerOrganisation> byName = load("nameKey", rows.stream().map(o -> NameKey.of(o.legalName)),
                o -> o.country + "|" + o.nameKey);
        Map<ImportedOrganisation, PartnerOrganisation> found = new LinkedHashMap<>();
        Map<String, List<Object[]>> namesByCountry = new HashMap<>();
        for (ImportedOrganisation row : rows) {
            String key = NameKey.of(row.legalName);
            PartnerOrganisation match = row.pic != null ? byPic.get(row.pic) : null;
            if (match == null && !cordis && row.vatNumber != null) {
                match = byVat.get(row.vatNumber);
            }
            if (match == null && (row.pic == null || !cordis)) {
                match = byName.get(row.country + "|" + key);
            }
            if (match != null) {
                if (!cordis && row.pic != null && match.pic != null && !row.pic.equals(match.pic)) {
                    problems.add(row.row, "pic", "differs from the PIC of " + match.legalName + " (/api/v1/partners/"
                            + match.id + "), the register's organisation with this VAT number or name");
                }
                found.put(row, match);
            } else if (!cordis) {
                List<Object[]> sameCountry = namesByCountry.computeIfAbsent(row.country, country -> em.createQuery(
                        "select o.id, o.nameKey, o.legalName from PartnerOrganisation o where o.country = :country",
                        Object[].class).setParameter("country", country).getResultList());
                sameCountry.stream().filter(other -> DuplicateRules.nearIdentical(key, (String) other[1])).findFirst()
                        .ifPresent(other -> problems.add(row.row, "legalName", "is near-identical to " + other[2]
                                + " (/api/v1/partners/" + other[0] + "), already in the register"));
            }
        }
        return found;
    }

    /** The register's organisations whose {@code field} is one of the values, by the given key. */
    private Map<String, PartnerOrganisation> load(String field, java.util.stream.Stream<String> values,
            Function<PartnerOrganisation, String> key) {
        List<String> distinct = values.filter(Objects::nonNull).distinct().toList();
        Map<String, PartnerOrganisation> found = new HashMap<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            List<String> chunk = distinct.subList(i, Math.min(distinct.size(), i + CHUNK));
            em.createQuery("from PartnerOrganisation o where o." + field + " in :values", PartnerOrganisation.class)
                    .setParameter("values", chunk).getResultList().forEach(o -> found.putIfAbsent(key.apply(o), o));
        }
        return found;
    }

    /** One statement per chunk rather than one per organisation: a bulk delete flushes the session first. */
    private void forgetCordisHistory(List<java.util.UUID> organisations) {
        for (int i = 0; i < organisations.size(); i += CHUNK) {
            Participation.delete("source = ?1 and organisationId in ?2", CORDIS,
                    organisations.subList(i, Math.min(organisations.size(), i + CHUNK)));
        }
    }

    private static void applyRegister(PartnerOrganisation o, ImportedOrganisation row) {
        o.legalName = row.legalName;
        o.englishName = row.englishName;
        o.country = row.country;
        o.region = row.region;
        o.city = row.city;
        o.type = row.type;
        o.pic = row.pic != null ? row.pic : o.pic;
        o.vatNumber = row.vatNumber != null ? row.vatNumber : o.vatNumber;
        o.website = row.website;
        o.expertise = row.expertise;
        o.languages = row.languages;
        o.description = row.description;
        o.twinTown = row.twinTown;
        o.networks = row.networks;
        o.nameKey = NameKey.of(row.legalName);
    }

    /**
     * A new organisation takes what CORDIS says; one already in the register keeps what the office
     * wrote and only gains what it lacked. Either way its CORDIS history is the file's (the old one is forgotten first).
     * @return the projects recorded
     */
    private int applyCordis(PartnerOrganisation o, ImportedOrganisation row) {
        if (o.id == null) {
            o.legalName = row.legalName;
            o.type = row.type;
            o.pic = row.pic;
            o.nameKey = NameKey.of(row.legalName);
        }
        o.country = o.country != null ? o.country : row.country;
        o.website = o.website != null ? o.website : row.website;
        Map<String, ImportedParticipation> byProject = new LinkedHashMap<>();
        for (ImportedParticipation p : row.participations) {
            byProject.merge(p.projectRef(), p, (first, next) -> next.coordinated() && !first.coordinated() ? next : first);
        }
        o.projectsCount = byProject.size();
        o.coordinatedCount = (int) byProject.values().stream().filter(ImportedParticipation::coordinated).count();
        Set<String> terms = new LinkedHashSet<>();
        byProject.values().forEach(p -> {
            terms.add(p.programme());
            terms.add(p.topic());
        });
        terms.remove(null);
        o.historyTerms = terms.isEmpty() ? null : String.join(" · ", terms);
        if (o.id == null) {
            o.persist();
        }
        for (ImportedParticipation p : byProject.values()) {
            Participation participation = new Participation();
            participation.organisationId = o.id;
            participation.source = CORDIS;
            participation.projectRef = p.projectRef();
            participation.acronym = p.acronym();
            participation.role = p.role();
            participation.programme = p.programme();
            participation.topicCode = p.topicCode();
            participation.topic = p.topic();
            participation.startDate = p.startDate();
            participation.endDate = p.endDate();
            participation.euContribution = p.euContribution();
            participation.persist();
        }
        return byProject.size();
    }
}
