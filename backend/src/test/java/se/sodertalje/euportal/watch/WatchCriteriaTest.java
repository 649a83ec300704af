package se.sodertalje.euportal.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundingCall;

class WatchCriteriaTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static FundingCall call() {
        FundingCall call = new FundingCall();
        call.programmeId = UUID.randomUUID();
        call.identifier = "ERASMUS-EDU-2027-PI-ALL-INNO";
        call.title = "Partnerskap för innovation i skolan";
        call.description = "Cluster: Education";
        call.topics = List.of("digital skills", "Näringsliv");
        call.closesAt = Instant.parse("2027-03-01T16:00:00Z");
        call.grantMax = new BigDecimal("400000");
        call.eligibleApplicantTypes = List.of(ApplicantType.MUNICIPALITY, ApplicantType.NGO);
        return call;
    }

    static WatchCriteria words(String... words) {
        return new WatchCriteria(List.of(words), List.of(), List.of(), List.of(), null);
    }

    @Test
    void anyWordShouldMatchInTitleDescriptionOrTopicsIgnoringCaseAndAccents() {
        assertTrue(words("SKOLAN").matches(call(), Fund.ERASMUS_PLUS, NOW));
        assertTrue(words("robot", "naringsliv").matches(call(), Fund.ERASMUS_PLUS, NOW));
        assertTrue(words("edu-2027").matches(call(), Fund.ERASMUS_PLUS, NOW));
        assertFalse(words("robot").matches(call(), Fund.ERASMUS_PLUS, NOW));
    }

    @Test
    void everyGivenCriterionShouldHold() {
        FundingCall call = call();
        assertTrue(new WatchCriteria(List.of(), List.of(), List.of(Fund.ERASMUS_PLUS), List.of(ApplicantType.MUNICIPALITY),
                new BigDecimal("400000")).matches(call, Fund.ERASMUS_PLUS, NOW), "400 000 reaches 400 000");
        assertFalse(new WatchCriteria(List.of(), List.of(), List.of(), List.of(), new BigDecimal("400000.01"))
                .matches(call, Fund.ERASMUS_PLUS, NOW), "one cent more is too much");
        assertFalse(new WatchCriteria(List.of("skolan"), List.of(), List.of(Fund.ESF_PLUS), List.of(), null)
                .matches(call, Fund.ERASMUS_PLUS, NOW));
        assertFalse(new WatchCriteria(List.of(), List.of(UUID.randomUUID()), List.of(), List.of(), null)
                .matches(call, Fund.ERASMUS_PLUS, NOW));
        assertFalse(new WatchCriteria(List.of(), List.of(), List.of(), List.of(ApplicantType.SME), null)
                .matches(call, Fund.ERASMUS_PLUS, NOW));
        call.eligibleApplicantTypes = List.of();
        assertTrue(new WatchCriteria(List.of(), List.of(), List.of(), List.of(ApplicantType.SME), null)
                .matches(call, Fund.ERASMUS_PLUS, NOW), "a call naming no applicant type is open to all");
        call.grantMax = null;
        assertTrue(new WatchCriteria(List.of(), List.of(), List.of(), List.of(), new BigDecimal("1000000"))
                .matches(call, Fund.ERASMUS_PLUS, NOW), "a call stating no maximum passes");
    }

    @Test
    void closedAndCancelledCallsShouldNeverMatch() {
        FundingCall call = call();
        assertFalse(words("skolan").matches(call, Fund.ERASMUS_PLUS, call.closesAt));
        call.cancelled = true;
        assertFalse(words("skolan").matches(call, Fund.ERASMUS_PLUS, NOW));
        assertTrue(new WatchCriteria(List.of(), List.of(), List.of(), List.of(), null).isEmpty());
    }
}
