package se.sodertalje.euportal.common.bounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The outer bounds of every value a client may send, in one place: numbers the database and the
 * rules can hold, dates of the domain's range, text without control characters. The JSON reader
 * ({@link BoundedInputModule}), the query-parameter filter and the imports apply them; field rules
 * (money to the cent, percentages) narrow them further with {@code @MoneyAmount}, {@code @Quantity} and
 * {@code @Percent}.
 */
public final class InputBounds {

    /** Digits before the decimal point of any number: numeric(15, 2) holds 13, the documents 15. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point of any number (exchange rates have 6, quantities 4). */
    public static final int MAX_FRACTION_DIGITS = 10;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private InputBounds() {
    }

    /** Why a number is outside the bounds, or empty when it is inside. */
    public static Optional<String> number(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        int scale = value.scale();
        int integerDigits = value.precision() - scale;
        if (integerDigits > MAX_INTEGER_DIGITS || scale > MAX_FRACTION_DIGITS && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return Optional.of("must have at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS
                    + " after the decimal point");
        }
        return Optional.empty();
    }

    /** Why a date or time is outside the years 1900–2999, or empty when it is inside. */
    public static Optional<String> temporal(Object value) {
        Integer year = yearOf(value);
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return Optional.of("must be within the years " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return Optional.empty();
    }

    private static Integer yearOf(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime || value instanceof YearMonth) {
            return ((TemporalAccessor) value).get(ChronoField.YEAR);
        }
        return null;
    }

    /** Why text holds a control character other than tab and line breaks (NUL included), or empty. */
    public static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isForbidden(c)) {
                return Optional.of("must not contain control characters (found U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
