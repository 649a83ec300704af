package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.budget.Budget;
import se.sodertalje.euportal.budget.BudgetCalculator;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetLine;
import se.sodertalje.euportal.budget.ContributionSource;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.budget.FlatRateChoice;
import se.sodertalje.euportal.budget.LineKind;
import se.sodertalje.euportal.budget.PartnerPlan;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.FlatRateType;

/**
 * Budgets for the demo applications, both in SEK with 40 % EU share and the rest from the
 * municipality's own funds. "Gröna skolgårdar" (ERDF Stockholm): a part-time project manager by the
 * hour, a landscape architect, the rebuilding of three school yards, indirect costs at 15 % of staff
 * costs. "Unga vuxna" (ESF+): two job coaches on monthly salaries and the 40 % flat rate on staff
 * costs for all other costs, as ESF+ projects commonly budget.
 */
@ApplicationScoped
public class DemoBudgets {

    private static final Logger LOG = Logger.getLogger(DemoBudgets.class);
    private static final BigDecimal SEK_PER_EUR = new BigDecimal("11.4830");
    private static final BigDecimal EU_RATE = new BigDecimal("40");
    private static final int PERIODS = 4;

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(6) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Budget.count() > 0) {
            return;
        }
        budget("GROGARD", DemoUser.ANNA, 5, this::schoolYards);
        budget("UNGVÄG", DemoUser.CARL, 20, this::youngAdults);
    }

    private void budget(String acronym, DemoUser author, int daysAgo,
            Function<UUID, BudgetContent> content) {
        Application application = Application.find("acronym", acronym).firstResult();
        ApplicationPartner lead = application == null ? null
                : ApplicationPartner.find("applicationId", application.id).firstResult();
        if (lead == null) {
            return;
        }
        BudgetContent unfunded = content.apply(lead.organisationId);
        PartnerPlan plan = unfunded.partners().get(0);
        BigDecimal remainder = BudgetCalculator.summarise(unfunded, PERIODS).partners().get(0).remainder();
        Map<ContributionSource, BigDecimal> own = new EnumMap<>(ContributionSource.class);
        own.put(ContributionSource.OWN_MUNICIPAL_FUNDS, remainder);

        Budget budget = new Budget();
        budget.applicationId = application.id;
        budget.content = new BudgetContent(unfunded.currency(), unfunded.sekPerEur(),
                List.of(new PartnerPlan(plan.partnerId(), plan.flatRates(), plan.euRatePercent(), own)), unfunded.lines());
        budget.updatedBySubject = author.subject;
        budget.updatedByName = author.displayName;
        budget.updatedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        budget.persist();
        LOG.infof("Demo data: a budget for %s, own funds %s SEK", acronym, remainder.toPlainString());
    }

    private BudgetContent schoolYards(UUID partner) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int period = 1; period <= PERIODS; period++) {
            lines.add(staff("pm-" + period, partner, period, "Projektledare, 50 %", "46500", "50", "430"));
        }
        lines.add(real("arch", partner, CostCategory.EXTERNAL_EXPERTISE, 1, "Landskapsarkitekt, gestaltning med elever",
                "240000.00"));
        lines.add(real("yard-1", partner, CostCategory.INFRASTRUCTURE_WORKS, 2, "Ombyggnad av Brunnsängsskolans gård",
                "850000.00"));
        lines.add(real("yard-2", partner, CostCategory.INFRASTRUCTURE_WORKS, 3, "Ombyggnad av två skolgårdar", "1400000.00"));
        lines.add(real("study", partner, CostCategory.TRAVEL_ACCOMMODATION, 2, "Studieresa till Köpenhamns skybrudsprojekt",
                "36000.00"));
        return unfunded(partner, FlatRateType.INDIRECT_ON_STAFF_COSTS, "15", lines);
    }

    private BudgetContent youngAdults(UUID partner) {
        List<BudgetLine> lines = new ArrayList<>();
        for (int period = 1; period <= PERIODS; period++) {
            lines.add(staff("coach-a-" + period, partner, period, "Jobbcoach, heltid", "38000", "100", "800"));
            lines.add(staff("coach-b-" + period, partner, period, "Studie- och yrkesvägledare, 75 %", "41000", "75", "600"));
        }
        return unfunded(partner, FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, "40", lines);
    }

    private static BudgetContent unfunded(UUID partner, FlatRateType rate, String percent, List<BudgetLine> lines) {
        List<FlatRateChoice> rates = List.of(new FlatRateChoice(rate, new BigDecimal(percent)));
        return new BudgetContent(Currency.SEK, SEK_PER_EUR, List.of(new PartnerPlan(partner, rates, EU_RATE, Map.of())),
                lines);
    }

    private static BudgetLine staff(String id, UUID partner, int period, String description, String monthlySalary,
            String employmentPercent, String hours) {
        return new BudgetLine(id, partner, CostCategory.STAFF, period, LineKind.STAFF_HOURLY, Currency.SEK, description,
                null, null, null, null, new BigDecimal(monthlySalary), new BigDecimal(employmentPercent),
                new BigDecimal(hours), null);
    }

    private static BudgetLine real(String id, UUID partner, CostCategory category, int period, String description,
            String amount) {
        return new BudgetLine(id, partner, category, period, LineKind.REAL_COST, Currency.SEK, description,
                new BigDecimal(amount), null, null, null, null, null, null, null);
    }
}
