package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.budget.Money;

/** Adds applications' money up into one group's figures: counts per status, success rate, sums in SEK. */
final class FigureTally {

    private final Map<ApplicationStatus, Long> statuses = new EnumMap<>(ApplicationStatus.class);
    private long applications;
    private BigDecimal euAppliedFor = Money.ZERO;
    private BigDecimal euGranted = Money.ZERO;
    private BigDecimal coFinancing = Money.ZERO;
    private BigDecimal euClaimed = Money.ZERO;
    private BigDecimal euReceived = Money.ZERO;

    /** @param count how many applications {@code money} sums (one, or a group's) */
    FigureTally add(ApplicationMoney money, long count) {
        applications += count;
        statuses.merge(money.status(), count, Long::sum);
        euAppliedFor = euAppliedFor.add(money.euAppliedFor());
        euGranted = euGranted.add(money.euGranted());
        coFinancing = coFinancing.add(money.coFinancing());
        euClaimed = euClaimed.add(money.euClaimed());
        euReceived = euReceived.add(money.euReceived());
        return this;
    }

    PortfolioFigures figures() {
        long granted = count(ApplicationStatus.GRANTED);
        long rejected = count(ApplicationStatus.REJECTED);
        return new PortfolioFigures(applications, Arrays.stream(ApplicationStatus.values())
                .map(s -> new PortfolioFigures.StatusCount(s, count(s))).toList(), granted, rejected,
                SuccessRate.percent(granted, rejected), euAppliedFor, euGranted, coFinancing, euClaimed, euReceived);
    }

    private long count(ApplicationStatus status) {
        return statuses.getOrDefault(status, 0L);
    }
}
