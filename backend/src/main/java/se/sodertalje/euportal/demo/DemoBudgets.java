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
 * A budget for the demo draft "Gröna skolgårdar" (ERDF Stockholm, in SEK): a part-time project
 * manager by the hour, a landscape architect, the rebuilding of three school yards, indirect costs
 * at 15 % of staff costs, 40 % EU share and the rest from the municipality's own funds.
 */
@ApplicationScoped
public class DemoBudgets {

    private static final Logger LOG = Logger.getLogger(DemoBudgets.class);

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
        Application draft = Application.find("acronym", "GROGARD").firstResult();
        if (draft == null || Budget.count() > 0) {
            return;
        }
        ApplicationPartner lead = ApplicationPartner.find("applicationId", draft.id).firstResult();
        if (lead == null) {
            return;
        }
        UUID partner = lead.organisationId;
        List<BudgetLine> lines = new ArrayList<>();
        for (int period = 1; period <= 4; period++) {
            lines.add(new BudgetLine("pm-" + period, partner, CostCategory.STAFF, period, LineKind.STAFF_HOURLY, Currency.SEK,
                    "Projektledare, 50 %", null, null, null, null, new BigDecimal("46500"), new BigDecimal("50"),
                    new BigDecimal("430")));
        }
        lines.add(real("arch", partner, CostCategory.EXTERNAL_EXPERTISE, 1, "Landskapsarkitekt, gestaltning med elever",
                "240000.00"));
        lines.add(real("yard-1", partner, CostCategory.INFRASTRUCTURE_WORKS, 2, "Ombyggnad av Brunnsängsskolans gård",
                "850000.00"));
        lines.add(real("yard-2", partner, CostCategory.INFRASTRUCTURE_WORKS, 3, "Ombyggnad av två skolgårdar", "1400000.00"));
        lines.add(real("study", partner, CostCategory.TRAVEL_ACCOMMODATION, 2, "Studieresa till Köpenhamns skybrudsprojekt",
                "36000.00"));
        List<FlatRateChoice> rates = List.of(new FlatRateChoice(FlatRateType.INDIRECT_ON_STAFF_COSTS, new BigDecimal("15")));
        BigDecimal euRate = new BigDecimal("40");
        BudgetContent unfunded = new BudgetContent(Currency.SEK, new BigDecimal("11.4830"),
                List.of(new PartnerPlan(partner, rates, euRate, Map.of())), lines);
        BigDecimal remainder = BudgetCalculator.summarise(unfunded, 4).partners().get(0).remainder();
        Map<ContributionSource, BigDecimal> own = new EnumMap<>(ContributionSource.class);
        own.put(ContributionSource.OWN_MUNICIPAL_FUNDS, remainder);

        Budget budget = new Budget();
        budget.applicationId = draft.id;
        budget.content = new BudgetContent(Currency.SEK, unfunded.sekPerEur(), List.of(new PartnerPlan(partner, rates, euRate,
                own)), lines);
        budget.updatedBySubject = "demo:anna.applicant";
        budget.updatedByName = "Anna Andersson";
        budget.updatedAt = clock.instant().minus(Duration.ofDays(5));
        budget.persist();
        LOG.infof("Demo data: a budget for %s, own funds %s SEK", draft.acronym, remainder.toPlainString());
    }

    private static BudgetLine real(String id, UUID partner, CostCategory category, int period, String description,
            String amount) {
        return new BudgetLine(id, partner, category, period, LineKind.REAL_COST, Currency.SEK, description,
                new BigDecimal(amount), null, null, null, null, null, null);
    }
}
