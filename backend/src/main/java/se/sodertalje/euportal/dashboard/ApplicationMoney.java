package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetSummary;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.Money;

/**
 * One application's money for the portfolio, in SEK: the EU share of its submitted budget, the
 * amount granted, the co-financing of its budget as granted, and what was claimed from and paid by
 * the funder. Budgets are summarised by the budget's own calculator; amounts in EUR are converted at
 * the budget's planning rate. {@code converted} is false when an EUR amount had no planning rate:
 * that amount is then left out (counted as zero).
 */
record ApplicationMoney(ApplicationStatus status, BigDecimal euAppliedFor, BigDecimal euGranted,
        BigDecimal coFinancing, BigDecimal euClaimed, BigDecimal euReceived, boolean converted) {

    /**
     * @param submitted the SUBMITTED budget version, or null
     * @param granted the budget as granted (its last version once the application is granted), or null
     * @param periods the project's reporting periods
     * @param grantedAmount the funder's grant, in the granted budget's currency (SEK without a budget)
     * @param claimed the EU amounts claimed in financial reports sent to the funder, same currency
     * @param received the funder's payments of those claims, same currency
     */
    static ApplicationMoney of(ApplicationStatus status, BudgetContent submitted, BudgetContent granted, int periods,
            BigDecimal grantedAmount, BigDecimal claimed, BigDecimal received) {
        Converted applied = Converted.NONE;
        if (submitted != null) {
            BudgetSummary summary = BudgetCalculator.summarise(submitted, periods);
            applied = Converted.of(summary.euShare(), submitted);
        }
        Converted grant = Converted.NONE;
        Converted coFinancing = Converted.NONE;
        Converted claims = Converted.NONE;
        Converted payments = Converted.NONE;
        if (status == ApplicationStatus.GRANTED) {
            grant = Converted.of(grantedAmount, granted);
            claims = Converted.of(claimed, granted);
            payments = Converted.of(received, granted);
            if (granted != null) {
                BigDecimal contributions = BudgetCalculator.summarise(granted, periods).contributions().stream()
                        .map(BudgetSummary.ContributionTotal::amount).reduce(Money.ZERO, BigDecimal::add);
                coFinancing = Converted.of(contributions, granted);
            }
        }
        return new ApplicationMoney(status, applied.sek(), grant.sek(), coFinancing.sek(), claims.sek(), payments.sek(),
                applied.ok() && grant.ok() && coFinancing.ok() && claims.ok() && payments.ok());
    }

    /** An amount in SEK, or zero with ok false when it could not be converted. */
    private record Converted(BigDecimal sek, boolean ok) {

        static final Converted NONE = new Converted(Money.ZERO, true);

        /** @param budget the budget whose currency the amount is in; null: SEK */
        static Converted of(BigDecimal amount, BudgetContent budget) {
            BigDecimal sek = budget == null ? SekAmount.of(amount, Currency.SEK, null)
                    : SekAmount.of(amount, budget.currency(), budget.sekPerEur());
            return sek == null ? new Converted(Money.ZERO, false) : new Converted(sek, true);
        }
    }
}
