package se.sodertalje.euportal.partner.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertalje.euportal.partner.PartnerRole.ASSOCIATED_PARTNER;
import static se.sodertalje.euportal.partner.PartnerRole.LEAD_PARTNER;
import static se.sodertalje.euportal.partner.PartnerRole.PARTNER;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipRulesTest {

    @Test
    void aSecondLeadPartnerShouldBeRefused() {
        assertTrue(PartnershipRules.adding(List.of(PARTNER), LEAD_PARTNER, null).isEmpty());
        assertEquals("PARTNERSHIP-002", PartnershipRules.adding(List.of(LEAD_PARTNER, PARTNER), LEAD_PARTNER, null)
                .orElseThrow().code().code());
        assertTrue(PartnershipRules.adding(List.of(LEAD_PARTNER), PARTNER, null).isEmpty());
    }

    @Test
    void theLeadMayStayLeadAndAnotherMayBecomeLeadOnlyWhenThereIsNone() {
        assertTrue(PartnershipRules.changingRole(List.of(LEAD_PARTNER, PARTNER), LEAD_PARTNER, LEAD_PARTNER).isEmpty());
        assertEquals("PARTNERSHIP-002", PartnershipRules.changingRole(List.of(LEAD_PARTNER, PARTNER), PARTNER,
                LEAD_PARTNER).orElseThrow().code().code());
        assertTrue(PartnershipRules.changingRole(List.of(PARTNER, PARTNER), PARTNER, LEAD_PARTNER).isEmpty());
    }

    @Test
    void theCallsMaximumCountsTheLeadPartner() {
        assertTrue(PartnershipRules.adding(List.of(LEAD_PARTNER, PARTNER), ASSOCIATED_PARTNER, 3).isEmpty());
        var refusal = PartnershipRules.adding(List.of(LEAD_PARTNER, PARTNER, PARTNER), PARTNER, 3).orElseThrow();
        assertEquals("PARTNERSHIP-003", refusal.code().code());
        assertEquals("The call allows at most 3 partners, the lead partner included; the partnership has 3",
                refusal.detail());
        assertEquals(java.util.Map.of("max", 3, "count", 3), refusal.params());
    }

    @Test
    void submissionNeedsExactlyOneLeadWhenThereArePartners() {
        assertEquals(List.of(), PartnershipRules.missing(List.of(), 2));
        assertEquals(List.of(), PartnershipRules.missing(List.of(LEAD_PARTNER, PARTNER), 2));
        assertEquals("PARTNERSHIP-004", PartnershipRules.missing(List.of(PARTNER, PARTNER), null).get(0).code());
        assertEquals("PARTNERSHIP-003", PartnershipRules.missing(List.of(LEAD_PARTNER, PARTNER, PARTNER), 2).get(0).code());
    }

    @Test
    void aPartnershipAboveTheCapCarriesTheFiguresOfItsProblem() {
        var item = PartnershipRules.missing(List.of(LEAD_PARTNER, PARTNER, PARTNER), 2).get(0);
        assertEquals(java.util.Map.of("max", 2, "count", 3), item.params());
        // A refused step names the same figures in its errors[].
        assertEquals(java.util.Map.of("max", 2, "count", 3), item.asFieldError().params());
        assertEquals(java.util.Map.of(), PartnershipRules.missing(List.of(PARTNER, PARTNER), null).get(0).params());
    }
}
