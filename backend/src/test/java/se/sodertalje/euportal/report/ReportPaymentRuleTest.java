package se.sodertalje.euportal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;

/** REPORT-009: a claim sent on 1 March 2026 and looked at on 10 March 2026. */
class ReportPaymentRuleTest {

    private static final LocalDate SENT = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static List<String> messages(LocalDate paidOn) {
        return ReportRules.checkPayment(paidOn, SENT, TODAY).stream().map(FieldError::message).toList();
    }

    @Test
    void aPaymentFromTheDayItWasSentUntilTodayShouldBeTaken() {
        assertEquals(List.of(), messages(SENT));
        assertEquals(List.of(), messages(TODAY));
    }

    @Test
    void aBackDatedOrFuturePaymentShouldBeRefusedSayingWhy() {
        assertEquals(List.of("must not be before the claim was sent on 2026-03-01"), messages(LocalDate.of(2026, 2, 28)));
        assertEquals(List.of("must not be in the future"), messages(LocalDate.of(2026, 3, 11)));
    }
}
