package se.sodertalje.euportal.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;

class RateRulesTest {

    private static List<String> codes(java.util.function.Consumer<List<FieldError>> check) {
        List<FieldError> errors = new ArrayList<>();
        check.accept(errors);
        return errors.stream().map(FieldError::code).toList();
    }

    @Test
    void theCurrencyShouldBeAnUpperCaseIso4217CodeOtherThanTheEuro() {
        assertEquals(List.of(), codes(e -> RateRules.checkCurrency("SEK", "c", e)));
        assertEquals(List.of("RATE-001"), codes(e -> RateRules.checkCurrency("sek", "c", e)));
        assertEquals(List.of("RATE-001"), codes(e -> RateRules.checkCurrency("SEKR", "c", e)));
        assertEquals(List.of("RATE-001"), codes(e -> RateRules.checkCurrency("ABC", "c", e)));
        assertEquals(List.of("RATE-001"), codes(e -> RateRules.checkCurrency(null, "c", e)));
        assertEquals(List.of("RATE-002"), codes(e -> RateRules.checkCurrency("EUR", "c", e)));
    }

    @Test
    void theMonthShouldBeYyyyMmFromTheEurosFirstToNextMonth() {
        YearMonth november = YearMonth.of(2026, 11);
        assertEquals(YearMonth.of(2026, 2), RateRules.parseMonth("2026-02", "m", new ArrayList<>()));
        assertNull(RateRules.parseMonth("2026-2", "m", new ArrayList<>()));
        assertEquals(List.of("RATE-003"), codes(e -> RateRules.parseMonth("2026-00", "m", e)));
        assertEquals(List.of("RATE-003"), codes(e -> RateRules.parseMonth("2026-11-01", "m", e)));
        assertEquals(List.of(), codes(e -> RateRules.checkMonth(YearMonth.of(2026, 12), november, "m", e)));
        assertEquals(List.of(), codes(e -> RateRules.checkMonth(YearMonth.of(1999, 1), november, "m", e)));
        assertEquals(List.of("RATE-004"), codes(e -> RateRules.checkMonth(YearMonth.of(2027, 1), november, "m", e)));
        assertEquals(List.of("RATE-004"), codes(e -> RateRules.checkMonth(YearMonth.of(1998, 12), november, "m", e)));
        List<FieldError> errors = new ArrayList<>();
        RateRules.checkMonth(YearMonth.of(2027, 1), november, "m", errors);
        assertEquals(Map.of("earliest", "1999-01", "latest", "2026-12"), errors.get(0).params());
    }

    @Test
    void theRateShouldBeAboveZeroWithAtMostSixDecimalsAndFitTheColumn() {
        assertEquals(List.of(), codes(e -> RateRules.checkRate(new BigDecimal("11.483000"), "r", e)));
        assertEquals(List.of(), codes(e -> RateRules.checkRate(new BigDecimal("0.000001"), "r", e)));
        assertEquals(List.of(), codes(e -> RateRules.checkRate(new BigDecimal("99999999.999999"), "r", e)));
        assertEquals(List.of("RATE-005"), codes(e -> RateRules.checkRate(BigDecimal.ZERO, "r", e)));
        assertEquals(List.of("RATE-005"), codes(e -> RateRules.checkRate(new BigDecimal("-1"), "r", e)));
        assertEquals(List.of("RATE-005"), codes(e -> RateRules.checkRate(null, "r", e)));
        assertEquals(List.of("RATE-006"), codes(e -> RateRules.checkRate(new BigDecimal("11.4830001"), "r", e)));
        assertEquals(List.of("RATE-006"), codes(e -> RateRules.checkRate(new BigDecimal("100000000"), "r", e)));
        List<FieldError> errors = new ArrayList<>();
        RateRules.checkRate(new BigDecimal("11.4830001"), "r", errors);
        assertEquals(Map.of("decimals", 6, "digits", 8), errors.get(0).params());
    }
}
