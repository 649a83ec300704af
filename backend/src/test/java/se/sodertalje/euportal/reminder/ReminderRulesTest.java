package se.sodertalje.euportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;

class ReminderRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2040, 3, 20);

    @ParameterizedTest(name = "{0} days before: lead {1}")
    @CsvSource({"20, -1", "15, -1", "14, 14", "10, 14", "4, 14", "3, 3", "2, 3", "0, 3", "-1, -1"})
    void theShortestLeadTimeNotShorterThanTheDaysLeftShouldBeDue(int daysBefore, int expected) {
        OptionalInt lead = ReminderRules.dueLead(DEADLINE.minusDays(daysBefore), DEADLINE, List.of(14, 3));
        assertEquals(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected), lead);
    }

    @Test
    void leadTimesShouldWorkInAnyOrderAndAlone() {
        assertEquals(OptionalInt.of(3), ReminderRules.dueLead(DEADLINE.minusDays(1), DEADLINE, List.of(3, 14, 7)));
        assertEquals(OptionalInt.of(7), ReminderRules.dueLead(DEADLINE.minusDays(5), DEADLINE, List.of(3, 14, 7)));
        assertEquals(OptionalInt.empty(), ReminderRules.dueLead(DEADLINE.minusDays(5), DEADLINE, List.of()));
    }

    @Test
    void aReportShouldCountAsHandedInOnceSubmittedUnlessReturned() {
        assertFalse(ReminderRules.handedIn(ReportStatus.DRAFT));
        assertFalse(ReminderRules.handedIn(ReportStatus.RETURNED));
        assertTrue(ReminderRules.handedIn(ReportStatus.SUBMITTED));
        assertTrue(ReminderRules.handedIn(ReportStatus.ACCEPTED));
        assertTrue(ReminderRules.handedIn(ReportStatus.SENT_TO_FUNDER));
    }

    @Test
    void aPeriodShouldOweItsProgressAndFinancialReportsUntilBothAreIn() {
        assertEquals(EnumSet.of(ReportKind.PROGRESS, ReportKind.FINANCIAL), ReminderRules.missing(Set.of()));
        assertEquals(EnumSet.of(ReportKind.FINANCIAL), ReminderRules.missing(Set.of(ReportKind.PROGRESS)));
        assertEquals(Set.of(), ReminderRules.missing(Set.of(ReportKind.PROGRESS, ReportKind.FINANCIAL)));
    }

    @Test
    void theTeamAndTheUnitsCoordinatorsShouldBeReminded() {
        Map<String, Recipient> users = Map.of(
                "anna", new Recipient("anna", "Anna", "anna@x.se", "UTB", "applicant"),
                "kim", new Recipient("kim", "Kim", "kim@x.se", "UTB", "applicant"),
                "carl", new Recipient("carl", "Carl", "carl@x.se", "SOC,UTB", "applicant,coordinator"),
                "cora", new Recipient("cora", "Cora", "cora@x.se", "SOC", "coordinator"),
                "ada", new Recipient("ada", "Ada", "ada@x.se", "INT", "advisor"));
        assertEquals(List.of("anna", "ada", "carl"),
                List.copyOf(ReminderRules.recipients(List.of("anna", "ada", "gone"), "UTB", users)));
        assertEquals(List.of("carl"), List.copyOf(ReminderRules.recipients(List.of("carl"), "UTB", users)));
        assertTrue(ReminderRules.coordinates("SOC", "SOC", "coordinator"));
        assertFalse(ReminderRules.coordinates("SOC", "SOCX", "coordinator"));
        assertFalse(ReminderRules.coordinates("SOC", null, null));
    }
}
