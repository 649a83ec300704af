package se.sodertalje.euportal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.budget.ReportingPeriods.Period;

class ReportingPeriodsTest {

    @Test
    void periodsFollowTheProgrammesLengthAndTheLastEndsWithTheProject() {
        assertEquals(4, ReportingPeriods.count(LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28), 6));
        assertEquals(5, ReportingPeriods.count(LocalDate.of(2027, 3, 1), LocalDate.of(2029, 3, 31), 6));
        assertEquals(List.of(new Period(1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31)),
                new Period(2, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 2, 29)),
                new Period(3, LocalDate.of(2028, 3, 1), LocalDate.of(2028, 8, 31)),
                new Period(4, LocalDate.of(2028, 9, 1), LocalDate.of(2029, 2, 28))),
                ReportingPeriods.of(LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28), 6));
    }

    @Test
    void aProjectStartingMidMonthHasAShortFirstAndLastPeriodCountedLikeTheBudget() {
        List<Period> periods = ReportingPeriods.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 9, 14), 6);
        assertEquals(List.of(new Period(1, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 8, 31)),
                new Period(2, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 14))), periods);
        assertEquals(periods.size(), ReportingPeriods.count(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 9, 14), 6));
        assertEquals(List.of(), ReportingPeriods.of(null, LocalDate.of(2027, 9, 14), 6));
    }
}
