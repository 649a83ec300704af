package se.sodertalje.euportal.application.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.WorkPackage;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** Worked examples of what an application's own content needs before it goes on. */
class ContentRulesTest {

    private static final LocalDate CPR_END = LocalDate.of(2029, 12, 31);

    private static Application complete() {
        Application a = new Application();
        a.callId = UUID.randomUUID();
        a.title = "Gröna skolgårdar";
        a.acronym = "GREEN";
        a.summary = "Skolgårdar som klarar skyfall.";
        a.periodStart = LocalDate.of(2027, 1, 1);
        a.periodEnd = LocalDate.of(2029, 12, 31);
        a.workPackages = List.of(new WorkPackage("WP1", null, List.of("Styrgrupp"), List.of("Slutrapport")));
        return a;
    }

    private static List<String> codes(List<ReadinessItem> items) {
        return items.stream().map(i -> i.code() + " " + i.field() + (i.blocking() ? "" : " (advised)")).toList();
    }

    @Test
    void aCompleteDraftEndingOnTheLastEligibleDayLacksNothing() {
        assertEquals(List.of(), ContentRules.missing(complete(), CPR_END));
    }

    @Test
    void anEmptyDraftNamesEveryMissingFieldInTheOrderOfTheForm() {
        Application a = new Application();
        a.title = " ";
        assertEquals(List.of("READINESS-001 callId", "READINESS-002 periodStart", "READINESS-002 periodEnd",
                "READINESS-005 title", "READINESS-006 acronym", "READINESS-007 summary",
                "READINESS-008 workPackages (advised)"), codes(ContentRules.missing(a, CPR_END)));
    }

    @Test
    void thePeriodStartsBeforeItEndsAndEndsByTheProgrammesLastEligibleDay() {
        Application oneDay = complete();
        oneDay.periodEnd = oneDay.periodStart;
        assertEquals(List.of("READINESS-003 periodEnd"), codes(ContentRules.missing(oneDay, CPR_END)));

        Application tooLate = complete();
        tooLate.periodEnd = LocalDate.of(2030, 1, 1);
        List<ReadinessItem> items = ContentRules.missing(tooLate, CPR_END);
        assertEquals(List.of("READINESS-004 periodEnd"), codes(items));
        assertEquals("the programme's costs are eligible until 2029-12-31; end the project by then", items.get(0).message());
        // A programme without such a date (directly managed, e.g. Horizon Europe) does not limit it.
        assertEquals(List.of(), ContentRules.missing(tooLate, null));
    }

    @Test
    void workPackagesAreAdvisedNeverBlocking() {
        Application a = complete();
        a.workPackages = List.of();
        List<ReadinessItem> items = ContentRules.missing(a, CPR_END);
        assertEquals(List.of("READINESS-008 workPackages (advised)"), codes(items));
        assertEquals(ReadinessItem.Section.WORK_PACKAGES, items.get(0).section());
    }
}
