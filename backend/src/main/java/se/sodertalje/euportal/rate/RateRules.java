package se.sodertalje.euportal.rate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * What a monthly EUR rate must be, for the API and the CSV import alike. Each rule has a stable
 * code (the RATE-0nn constants of {@link se.sodertalje.euportal.common.error.ProblemCode}); the checks add field errors under the names the caller gives.
 */
public final class RateRules {

    /** The euro's first month: no EUR rate exists before it. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(1999, 1);
    public static final int MAX_DECIMALS = 6;
    /** numeric(14, 6): at most 8 digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 8;
    public static final int MAX_SOURCE = 200;

    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private RateRules() {
    }

    /** RATE-001: an ISO 4217 code in upper case; RATE-002: not the euro itself. */
    public static void checkCurrency(String currency, String field, List<FieldError> errors) {
        if (currency == null || !currency.matches("[A-Z]{3}") || !ISO_4217.contains(currency)) {
            errors.add(new FieldError(field, "must be an ISO 4217 currency code in upper case, e.g. SEK", ProblemCode.RATE_001));
        } else if (currency.equals("EUR")) {
            errors.add(new FieldError(field, "must not be EUR: rates are units of a currency per 1 EUR", ProblemCode.RATE_002));
        }
    }

    /** RATE-003: a month written YYYY-MM; null (with the error added) when it is not one. */
    public static YearMonth parseMonth(String month, String field, List<FieldError> errors) {
        if (month != null && month.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        errors.add(new FieldError(field, "must be a month written YYYY-MM, e.g. 2026-11", ProblemCode.RATE_003));
        return null;
    }

    /** RATE-004: from the euro's first month (1999-01) to the month after {@code current}, no later. */
    public static void checkMonth(YearMonth month, YearMonth current, String field, List<FieldError> errors) {
        YearMonth latest = current.plusMonths(1);
        if (month.isBefore(FIRST_MONTH) || month.isAfter(latest)) {
            errors.add(new FieldError(field, "must be between " + FIRST_MONTH + " and " + latest
                    + " (next month at the latest)", ProblemCode.RATE_004,
                    Map.of("earliest", FIRST_MONTH.toString(), "latest", latest.toString())));
        }
    }

    /** RATE-005: given and above zero; RATE-006: at most 6 decimals and 8 digits before the point. */
    public static void checkRate(BigDecimal unitsPerEur, String field, List<FieldError> errors) {
        if (unitsPerEur == null || unitsPerEur.signum() <= 0) {
            errors.add(new FieldError(field, "must be a number above zero", ProblemCode.RATE_005));
            return;
        }
        BigDecimal plain = unitsPerEur.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS || plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(field, "must have at most " + MAX_DECIMALS + " decimals and "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point", ProblemCode.RATE_006,
                    Map.of("decimals", MAX_DECIMALS, "digits", MAX_INTEGER_DIGITS)));
        }
    }

    /** RATE-007: the source is free text of at most 200 characters. */
    public static void checkSource(String source, String field, List<FieldError> errors) {
        if (source != null && source.length() > MAX_SOURCE) {
            errors.add(new FieldError(field, "must be at most " + MAX_SOURCE + " characters", ProblemCode.RATE_007,
                    Map.of("max", MAX_SOURCE)));
        }
    }
}
