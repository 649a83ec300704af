package se.sodertalje.euportal.partner.imports;

import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;

/** A file read into organisations, with the problems of its rows. */
record ParsedOrganisations(String format, int rows, List<ImportedOrganisation> organisations, List<FieldError> errors) {
}
