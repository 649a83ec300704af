package se.sodertalje.euportal.partner.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.common.csv.CsvWriter;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.partner.CountryCodes;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.Pic;
import se.sodertalje.euportal.partner.VatNumber;

/**
 * The register's own CSV: what the export writes and the import reads back. Lists are separated
 * by ';'. Contact persons stay out of the file: they are personal data, kept in the register only.
 */
public final class PartnerCsv {

    public static final List<String> HEADER = List.of("legalName", "englishName", "country", "region", "city", "type",
            "pic", "vatNumber", "website", "expertise", "languages", "description", "twinTown", "networks");
    static final String FORMAT = "REGISTER";
    private static final int MAX_NAME = 300;

    private PartnerCsv() {
    }

    public static String write(List<PartnerOrganisation> organisations) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (PartnerOrganisation o : organisations) {
            csv.row(Arrays.asList(o.legalName, o.englishName, o.country, o.region, o.city, o.type, o.pic, o.vatNumber,
                    o.website, String.join(";", o.expertise), String.join(";", o.languages), o.description, o.twinTown,
                    String.join(";", o.networks)));
        }
        return csv.toString();
    }

    static boolean recognises(CsvTable table) {
        return table.hasColumns(List.of("legalName", "country", "type"));
    }

    static ParsedOrganisations parse(CsvTable table) {
        List<FieldError> errors = new ArrayList<>();
        RowErrors problems = new RowErrors(errors);
        List<ImportedOrganisation> organisations = new ArrayList<>();
        for (int row = 0; row < table.rows(); row++) {
            if (table.blank(row)) {
                continue;
            }
            int before = errors.size();
            ImportedOrganisation o = new ImportedOrganisation();
            o.row = row;
            o.legalName = text(table, row, "legalName");
            if (o.legalName == null) {
                problems.add(row, "legalName", "is required");
            } else if (o.legalName.length() > MAX_NAME) {
                problems.add(row, "legalName", "must be at most " + MAX_NAME + " characters");
            }
            o.englishName = text(table, row, "englishName");
            String country = text(table, row, "country");
            o.country = country == null ? null : country.toUpperCase(Locale.ROOT);
            if (!CountryCodes.valid(o.country)) {
                problems.add(row, "country", "must be an ISO 3166-1 alpha-2 code such as SE or FI");
            }
            o.type = type(table.cell(row, "type"));
            if (o.type == null) {
                problems.add(row, "type", "must be one of " + Arrays.toString(OrganisationType.values()));
            }
            o.pic = Pic.normalise(table.cell(row, "pic"));
            if (o.pic != null && !Pic.valid(o.pic)) {
                problems.add(row, "pic", "must be the 9 digits of the Participant Identification Code");
            }
            o.vatNumber = VatNumber.normalise(table.cell(row, "vatNumber"));
            if (o.vatNumber != null && !VatNumber.valid(o.vatNumber)) {
                problems.add(row, "vatNumber", "must be a country prefix and 2 to 13 letters or digits");
            }
            o.website = text(table, row, "website");
            if (o.website != null && !o.website.matches("https?://\\S+")) {
                problems.add(row, "website", "must be a web address starting with http:// or https://");
            }
            o.region = text(table, row, "region");
            o.city = text(table, row, "city");
            o.expertise = list(text(table, row, "expertise"));
            o.languages = list(text(table, row, "languages"));
            if (!o.languages.stream().allMatch(l -> l.matches("[a-z]{2}"))) {
                problems.add(row, "languages", "must be two-letter ISO 639-1 codes separated by ';', e.g. sv;en");
            }
            o.description = text(table, row, "description");
            String twinTown = table.cell(row, "twinTown");
            if (twinTown != null && !twinTown.equalsIgnoreCase("true") && !twinTown.equalsIgnoreCase("false")) {
                problems.add(row, "twinTown", "must be true or false");
            }
            o.twinTown = "true".equalsIgnoreCase(twinTown);
            o.networks = list(text(table, row, "networks"));
            if (errors.size() == before) {
                organisations.add(o);
            }
        }
        return new ParsedOrganisations(FORMAT, table.rows(), organisations, errors);
    }

    /** A cell as written, without the apostrophe the export puts before text a spreadsheet would run as a formula. */
    private static String text(CsvTable table, int row, String column) {
        String value = table.cell(row, column);
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static OrganisationType type(String value) {
        try {
            return value == null ? null : OrganisationType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> list(String value) {
        return value == null ? new ArrayList<>() : new ArrayList<>(Arrays.stream(value.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).distinct().toList());
    }
}
