package se.sodertalje.euportal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetLine;
import se.sodertalje.euportal.budget.ContributionSource;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.LineKind;
import se.sodertalje.euportal.budget.PartnerPlan;
import se.sodertalje.euportal.programme.CostCategory;

/** The portfolio's arithmetic, to the cent and the hundredth of a percent, without a server. */
class DashboardArithmeticTest {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** One partner, one staff line, the EU rate given, the rest as own funds. */
    private static BudgetContent budget(Currency currency, String sekPerEur, String amount, String euRate, String own) {
        BudgetLine line = new BudgetLine("l1", LEAD, CostCategory.STAFF, 1, LineKind.REAL_COST, currency, null, d(amount),
                null, null, null, null, null, null, null);
        PartnerPlan plan = new PartnerPlan(LEAD, List.of(), d(euRate), Map.of(ContributionSource.OWN_MUNICIPAL_FUNDS, d(own)));
        return new BudgetContent(currency, sekPerEur == null ? null : d(sekPerEur), List.of(plan), List.of(line));
    }

    @Test
    void shouldGiveTheSuccessRateOfDecidedApplicationsOnly() {
        assertEquals(d("66.67"), SuccessRate.percent(2, 1));
        assertEquals(d("33.33"), SuccessRate.percent(1, 2));
        assertEquals(d("100.00"), SuccessRate.percent(3, 0));
        assertEquals(d("0.00"), SuccessRate.percent(0, 4));
        assertEquals(d("14.29"), SuccessRate.percent(1, 6));
        assertNull(SuccessRate.percent(0, 0), "nothing decided: unknown, not 0 %");
        assertThrows(IllegalArgumentException.class, () -> SuccessRate.percent(-1, 1));
    }

    @Test
    void shouldTakeTheEuShareOfTheSubmittedBudgetAndConvertEurAtItsPlanningRate() {
        // EUR 10 000.00 at 80 % = EUR 8 000.00; × 11.5 = SEK 92 000.00
        BudgetContent eur = budget(Currency.EUR, "11.5", "10000.00", "80", "2000.00");
        ApplicationMoney money = ApplicationMoney.of(ApplicationStatus.SUBMITTED, eur, eur, 2, null, null, null);
        assertEquals(d("92000.00"), money.euAppliedFor());
        assertEquals(d("0.00"), money.euGranted(), "nothing granted before the decision");
        assertEquals(d("0.00"), money.coFinancing(), "co-financing is committed with the grant");
        assertTrue(money.converted());
    }

    @Test
    void shouldRoundTheEuShareDownAndConversionsHalfUp() {
        // SEK 20 000.50 at 75 % = 15 000.375, rounded down: 15 000.37
        BudgetContent sek = budget(Currency.SEK, null, "20000.50", "75", "5000.13");
        assertEquals(d("15000.37"), ApplicationMoney.of(ApplicationStatus.SUBMITTED, sek, null, 1, null, null, null)
                .euAppliedFor());
        // EUR 3 333.33 × 11.5 = 38 333.295, half-up: 38 333.30
        assertEquals(d("38333.30"), SekAmount.of(d("3333.33"), Currency.EUR, d("11.5")));
    }

    @Test
    void shouldCountGrantClaimsPaymentsAndCoFinancingOfAGrantedApplicationInSek() {
        BudgetContent eur = budget(Currency.EUR, "11.5", "10000.00", "80", "2000.00");
        ApplicationMoney money = ApplicationMoney.of(ApplicationStatus.GRANTED, eur, eur, 2, d("7500.00"), d("3333.33"),
                d("3000.00"));
        assertEquals(d("92000.00"), money.euAppliedFor());
        assertEquals(d("86250.00"), money.euGranted());
        assertEquals(d("23000.00"), money.coFinancing());
        assertEquals(d("38333.30"), money.euClaimed());
        assertEquals(d("34500.00"), money.euReceived());
    }

    @Test
    void shouldTakeAGrantWithoutABudgetToBeInSek() {
        ApplicationMoney money = ApplicationMoney.of(ApplicationStatus.GRANTED, null, null, 0, d("1250000.50"), null, null);
        assertEquals(d("1250000.50"), money.euGranted());
        assertEquals(d("0.00"), money.coFinancing());
        assertTrue(money.converted());
    }

    @Test
    void shouldLeaveOutEurMoneyWithoutAPlanningRateAndSaySo() {
        BudgetContent eur = budget(Currency.EUR, null, "1000.00", "80", "200.00");
        ApplicationMoney money = ApplicationMoney.of(ApplicationStatus.WITHDRAWN, eur, eur, 1, null, null, null);
        assertEquals(d("0.00"), money.euAppliedFor());
        assertFalse(money.converted());
    }

    @Test
    void shouldAddApplicationsUpPerStatusWithTheirMoney() {
        FigureTally tally = new FigureTally();
        BudgetContent sek = budget(Currency.SEK, null, "100000.00", "40", "60000.00");
        tally.add(ApplicationMoney.of(ApplicationStatus.GRANTED, sek, sek, 1, d("40000.00"), d("25000.00"), d("12000.00")), 1);
        tally.add(ApplicationMoney.of(ApplicationStatus.REJECTED, sek, null, 1, null, null, null), 1);
        tally.add(ApplicationMoney.of(ApplicationStatus.REJECTED, sek, null, 1, null, null, null), 1);
        tally.add(ApplicationMoney.of(ApplicationStatus.DRAFT, null, null, 1, null, null, null), 1);
        PortfolioFigures figures = tally.figures();
        assertEquals(4, figures.applications());
        assertEquals(1, figures.granted());
        assertEquals(2, figures.rejected());
        assertEquals(d("33.33"), figures.successRatePercent());
        assertEquals(ApplicationStatus.values().length, figures.statuses().size(), "every status listed");
        assertEquals(1, figures.statuses().get(ApplicationStatus.DRAFT.ordinal()).count());
        assertEquals(0, figures.statuses().get(ApplicationStatus.SUBMITTED.ordinal()).count());
        assertEquals(d("120000.00"), figures.euAppliedFor());
        assertEquals(d("40000.00"), figures.euGranted());
        assertEquals(d("60000.00"), figures.coFinancing());
        assertEquals(d("25000.00"), figures.euClaimed());
        assertEquals(d("12000.00"), figures.euReceived());
    }

    @Test
    void shouldRefuseAReversedOrImpossibleYearRange() {
        assertThrows(se.sodertalje.euportal.common.error.ApiProblem.class,
                () -> new PortfolioFilter(null, null, null, 2026, 2024).validated());
        assertThrows(se.sodertalje.euportal.common.error.ApiProblem.class,
                () -> new PortfolioFilter(null, null, null, 1999, null).validated());
        assertTrue(new PortfolioFilter(null, null, null, 2024, 2024).validated().includesYear(2024));
        assertFalse(new PortfolioFilter(null, null, null, 2024, 2025).includesYear(2026));
    }
}
