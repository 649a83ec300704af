package se.sodertalje.euportal.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;

class ScreeningRulesTest {

    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final UUID CALL = UUID.randomUUID();

    private static List<String> errorsOf(Boolean investigated, List<UUID> programmes, List<UUID> calls,
            ScreeningOutcome outcome, String reason) {
        return ScreeningRules.check(new ScreeningRequest(investigated, programmes, calls, outcome, reason)).stream()
                .map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void anInvestigatedDecisionToApplyNamingAProgrammeOrACallPasses() {
        assertEquals(List.of(), errorsOf(true, List.of(PROGRAMME), List.of(), ScreeningOutcome.APPLY, "Passar Interreg"));
        assertEquals(List.of(), errorsOf(true, null, List.of(CALL), ScreeningOutcome.APPLY, "Öppen utlysning"));
    }

    @Test
    void applyingNeedsAtLeastOneProgrammeOrCall() {
        assertEquals(List.of("programmeIds:ProgrammeOrCallRequired"),
                errorsOf(true, List.of(), null, ScreeningOutcome.APPLY, "Vi söker"));
    }

    @Test
    void withoutInvestigationTheOutcomeCannotBeApplyAndTheReasonMustSayWhy() {
        assertEquals(List.of("outcome:NotInvestigated", "reason:Required"),
                errorsOf(false, List.of(PROGRAMME), List.of(), ScreeningOutcome.APPLY, "  "));
        List<FieldError> errors = ScreeningRules.check(
                new ScreeningRequest(false, null, null, ScreeningOutcome.OTHER_FUNDING, null));
        assertEquals("must say why EU funding was not investigated", errors.get(0).message());
    }

    @Test
    void notInvestigatingIsAcceptedForOtherOutcomesWithAReason() {
        assertEquals(List.of(), errorsOf(false, null, null, ScreeningOutcome.OTHER_FUNDING,
                "Finansieras av statsbidrag; EU-stöd ej aktuellt för driftskostnader"));
    }

    @Test
    void everyOutcomeNeedsAReason() {
        for (ScreeningOutcome outcome : List.of(ScreeningOutcome.NOT_ELIGIBLE, ScreeningOutcome.NOT_WORTH_APPLYING)) {
            assertEquals(List.of("reason:Required"), errorsOf(true, List.of(PROGRAMME), null, outcome, ""));
        }
    }
}
