package se.sodertalje.euportal.programme.imports;

import java.util.List;
import se.sodertalje.euportal.common.error.FieldError;

/** The calls read from a file and the problems of its rows; imported only when there are none. */
public record ParsedImport(List<ImportedCall> calls, List<FieldError> errors) {
}
