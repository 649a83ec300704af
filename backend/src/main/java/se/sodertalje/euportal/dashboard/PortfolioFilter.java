package se.sodertalje.euportal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.programme.Fund;

/** Which applications the portfolio counts: any of the units, funds and programmes given, within the years given. */
@Schema(name = "PortfolioFilter", requiredProperties = {"unitIds", "funds", "programmeIds"})
public record PortfolioFilter(List<UUID> unitIds, List<Fund> funds, List<UUID> programmeIds,
        @Schema(nullable = true) Integer yearFrom, @Schema(nullable = true) Integer yearTo) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;

    public PortfolioFilter {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        funds = funds == null ? List.of() : List.copyOf(funds);
        programmeIds = programmeIds == null ? List.of() : List.copyOf(programmeIds);
    }

    /** 400 with the offending fields when the years are outside 2000–2999 or the range is reversed. */
    public PortfolioFilter validated() {
        List<FieldError> errors = new ArrayList<>();
        checkYear("yearFrom", yearFrom, errors);
        checkYear("yearTo", yearTo, errors);
        if (errors.isEmpty() && yearFrom != null && yearTo != null && yearFrom > yearTo) {
            errors.add(new FieldError("yearTo", "must not be before yearFrom", ProblemCode.RANGE));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return this;
    }

    boolean includesYear(int year) {
        return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
    }

    private static void checkYear(String field, Integer year, List<FieldError> errors) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            errors.add(new FieldError(field, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR, ProblemCode.RANGE));
        }
    }
}
