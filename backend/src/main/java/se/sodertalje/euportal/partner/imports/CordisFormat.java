package se.sodertalje.euportal.partner.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.partner.CountryCodes;
import se.sodertalje.euportal.partner.NameKey;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.Pic;

/**
 * The CORDIS participant extract as the Commission publishes it: one row per organisation per
 * project, {@code NA} for a missing value. Rows are merged into organisations by PIC; a row
 * without a PIC joins the organisation that any row names alike in the same country, or stands alone.
 * Where no row names an organisation (CORDIS withholds some), it is named by its PIC.
 */
final class CordisFormat {

    static final String FORMAT = "CORDIS";
    static final String MISSING = "NA";
    private static final List<String> REQUIRED = List.of("project_id", "pic", "partner_role", "legal_name",
            "legal_entity_type", "country_code");
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "\\b(kommun|kommune|kunta|kaupunki|municipality|municipal|city of|comune|ayuntamiento|concello|ajuntament|"
                    + "gemeente|stadt|gemeinde|mairie|ville de|dimos|grad|miasto|gmina|camara municipal)\\b");
    private static final Pattern REGION = Pattern.compile(
            "(regionen\\b|\\b(region|regione|regio|landsting|county|fylkeskommune|maakunta|provincia|provincie|diputacion|"
                    + "generalitat|junta de|land )\\b)");

    private CordisFormat() {
    }

    static boolean recognises(CsvTable table) {
        return table.hasColumns(REQUIRED);
    }

    static ParsedOrganisations parse(CsvTable table) {
        List<FieldError> errors = new ArrayList<>();
        RowErrors problems = new RowErrors(errors);
        Map<String, ImportedOrganisation> byPic = new LinkedHashMap<>();
        List<ImportedOrganisation> withoutPic = new ArrayList<>();
        Map<Integer, ImportedParticipation> rowsWithoutPic = new LinkedHashMap<>();
        for (int row = 0; row < table.rows(); row++) {
            if (table.blank(row)) {
                continue;
            }
            String pic = value(table, row, "pic");
            if (pic != null && !Pic.valid(Pic.normalise(pic))) {
                problems.add(row, "pic", "must be 9 digits or NA");
                continue;
            }
            String country = value(table, row, "country_code");
            if (country != null && !CountryCodes.valid(CountryCodes.fromEuSource(country))) {
                problems.add(row, "country_code", "is not a country code");
                continue;
            }
            ImportedParticipation participation = participation(table, row, problems);
            if (participation == null) {
                continue;
            }
            if (pic == null) {
                rowsWithoutPic.put(row, participation);
                continue;
            }
            ImportedOrganisation organisation = byPic.computeIfAbsent(Pic.normalise(pic), p -> newOrganisation(p));
            fill(organisation, table, row);
            organisation.participations.add(participation);
        }
        // Rows without a PIC last, so that they can find their organisation among those with one.
        for (Map.Entry<Integer, ImportedParticipation> rowWithoutPic : rowsWithoutPic.entrySet()) {
            int row = rowWithoutPic.getKey();
            String name = value(table, row, "legal_name");
            if (name == null) {
                problems.add(row, "legal_name", "a row without a PIC needs a name");
                continue;
            }
            String country = countryOf(table, row);
            String key = NameKey.of(name);
            ImportedOrganisation organisation = byPic.values().stream()
                    .filter(o -> o.nameKeys.contains(key) && equal(country, o.country))
                    .findFirst()
                    .orElseGet(() -> withoutPic.stream().filter(o -> o.nameKeys.contains(key)
                            && equal(country, o.country)).findFirst().orElse(null));
            if (organisation == null) {
                organisation = newOrganisation(null);
                withoutPic.add(organisation);
            }
            fill(organisation, table, row);
            organisation.participations.add(rowWithoutPic.getValue());
        }
        List<ImportedOrganisation> organisations = new ArrayList<>(byPic.values());
        organisations.addAll(withoutPic);
        for (ImportedOrganisation o : organisations) {
            if (o.legalName == null) {
                o.legalName = "PIC " + o.pic + " (name not published in CORDIS)";
            }
            if (o.type == null) {
                o.type = OrganisationType.OTHER;
            }
        }
        return new ParsedOrganisations(FORMAT, table.rows(), organisations, errors);
    }

    private static ImportedOrganisation newOrganisation(String pic) {
        ImportedOrganisation organisation = new ImportedOrganisation();
        organisation.row = -1;
        organisation.pic = pic;
        return organisation;
    }

    /** Takes the first value the rows give for each field. */
    private static void fill(ImportedOrganisation o, CsvTable table, int row) {
        if (o.row < 0) {
            o.row = row;
        }
        String name = value(table, row, "legal_name");
        if (name != null) {
            o.nameKeys.add(NameKey.of(name));
            if (o.legalName == null) {
                o.legalName = name;
            }
        }
        if (o.country == null) {
            o.country = countryOf(table, row);
        }
        String entityType = value(table, row, "legal_entity_type");
        if (o.type == null && entityType != null && name != null) {
            o.type = type(entityType, name);
        }
        String url = value(table, row, "legal_url");
        if (o.website == null && url != null && !url.isBlank()) {
            o.website = url.matches("(?i)https?://.*") ? url : "http://" + url;
        }
    }

    /**
     * CORDIS's legal entity types are coarser than ours: a public body (PUB) is a municipality or
     * region when its name says so; a private company (PRC) is recorded as an SME, the most
     * common case, since the extract does not tell SMEs from large companies.
     */
    static OrganisationType type(String entityType, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (entityType) {
            case "HES" -> OrganisationType.UNIVERSITY;
            case "REC" -> OrganisationType.RESEARCH_BODY;
            case "PRC" -> OrganisationType.SME;
            case "PUB" -> MUNICIPALITY.matcher(lower).find() ? OrganisationType.MUNICIPALITY
                    : REGION.matcher(lower).find() ? OrganisationType.REGION : OrganisationType.PUBLIC_AUTHORITY;
            default -> OrganisationType.OTHER;
        };
    }

    private static ImportedParticipation participation(CsvTable table, int row, RowErrors problems) {
        String project = value(table, row, "project_id");
        if (project == null) {
            problems.add(row, "project_id", "is required");
            return null;
        }
        LocalDate start = date(table, row, "start_date", problems);
        LocalDate end = date(table, row, "end_date", problems);
        BigDecimal contribution = amount(table, row, "ec_contribution", problems);
        if (start == LocalDate.MIN || end == LocalDate.MIN || contribution != null && contribution.signum() < 0) {
            return null;
        }
        return new ImportedParticipation(project, cut(value(table, row, "project_acronym"), 100),
                cut(value(table, row, "partner_role"), 30), cut(value(table, row, "thematic_priority"), 300),
                cut(value(table, row, "topic_code"), 100), cut(value(table, row, "topic_description"), 500), start, end,
                contribution);
    }

    private static String countryOf(CsvTable table, int row) {
        String country = value(table, row, "country_code");
        return country == null ? null : CountryCodes.fromEuSource(country);
    }

    /** LocalDate.MIN when the cell holds something that is not a date (the error is recorded). */
    private static LocalDate date(CsvTable table, int row, String column, RowErrors problems) {
        String value = value(table, row, column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row, column, "must be a date such as 2014-11-01");
            return LocalDate.MIN;
        }
    }

    private static BigDecimal amount(CsvTable table, int row, String column, RowErrors problems) {
        String value = value(table, row, column);
        try {
            return value == null ? null : new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problems.add(row, column, "must be an amount");
            return BigDecimal.ONE.negate();
        }
    }

    private static String value(CsvTable table, int row, String column) {
        String value = table.cell(row, column);
        return value == null || value.equals(MISSING) ? null : value;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
