package se.sodertalje.euportal.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningRateTest {

    @Test
    void rateIsScreenedOverIdeasInPercentRoundedHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("66.67"), ScreeningRate.percent(2, 3));
        assertEquals(new BigDecimal("12.50"), ScreeningRate.percent(1, 8));
        assertEquals(new BigDecimal("33.33"), ScreeningRate.percent(1, 3));
        assertEquals(new BigDecimal("100.00"), ScreeningRate.percent(4, 4));
        assertEquals(new BigDecimal("0.00"), ScreeningRate.percent(0, 5));
        // 1/16 = 6.25 exactly; 1/160 = 0.625 rounds half-up to 0.63
        assertEquals(new BigDecimal("0.63"), ScreeningRate.percent(1, 160));
    }

    @Test
    void noIdeasMeansNoRate() {
        assertNull(ScreeningRate.percent(0, 0));
    }

    @Test
    void moreScreenedThanIdeasIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ScreeningRate.percent(3, 2));
    }

    @Test
    void reportListsUnitsWithIdeasByNameAndTotalsThem() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ScreeningRateView report = ScreeningRateReport.of(2026, List.of(
                new ScreeningRateReport.UnitCount(b, "UTB", "Utbildningskontoret", 8, 1),
                new ScreeningRateReport.UnitCount(UUID.randomUUID(), "SOC", "Socialkontoret", 0, 0),
                new ScreeningRateReport.UnitCount(a, "AMK", "Arbetsmarknadskontoret", 3, 2)));

        assertEquals(2026, report.year());
        assertEquals(List.of("AMK", "UTB"), report.units().stream().map(ScreeningRateView.UnitRate::unitCode).toList());
        assertEquals(new BigDecimal("66.67"), report.units().get(0).ratePercent());
        assertEquals(new BigDecimal("12.50"), report.units().get(1).ratePercent());
        // 3 of 11 = 27.2727… → 27.27
        assertEquals(new ScreeningRateView.Total(11, 3, new BigDecimal("27.27")), report.total());
    }

    @Test
    void aYearWithoutIdeasHasNoUnitsAndNoRate() {
        ScreeningRateView report = ScreeningRateReport.of(2025, List.of());
        assertEquals(List.of(), report.units());
        assertEquals(new ScreeningRateView.Total(0, 0, null), report.total());
    }

    @Test
    void theYearOfAnIdeaIsTheSwedishCalendarYear() {
        CreationYear year = new CreationYear(2026);
        // 00:30 on 1 January in Stockholm is still 31 December in UTC, but counts for 2026.
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), year.start());
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), year.end());
    }
}
