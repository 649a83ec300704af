package se.sodertalje.euportal.workplan;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.dashboard.PortfolioFilter;
import se.sodertalje.euportal.dashboard.PortfolioService;
import se.sodertalje.euportal.dashboard.PortfolioView;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * Where bound figures are read: the portfolio's own computation for a binding's filter and the plan's
 * year (computed once per filter within a request), and the few figures the portfolio does not hold.
 */
@RequestScoped
public class FigureSource {

    @Inject
    PortfolioService portfolio;

    @Inject
    UnitAccess access;

    @Inject
    EntityManager em;

    private final Map<PortfolioFilter, PortfolioView> views = new HashMap<>();

    /** The filter a binding gives the portfolio: its unit, fund and programme, within the plan's year. */
    static PortfolioFilter filter(PlanContent.Binding binding, int year) {
        return new PortfolioFilter(binding.unitId() == null ? List.of() : List.of(binding.unitId()),
                binding.fund() == null ? List.of() : List.of(binding.fund()),
                binding.programmeId() == null ? List.of() : List.of(binding.programmeId()), year, year);
    }

    public PortfolioView portfolio(PlanContent.Binding binding, int year) {
        return views.computeIfAbsent(filter(binding, year), portfolio::portfolio);
    }

    /** Projects running now, of the binding's unit, fund and programme, within the caller's units. */
    public long projectsRunning(PlanContent.Binding binding) {
        List<String> where = new ArrayList<>(List.of("p.status = 'RUNNING'"));
        Map<String, Object> params = new HashMap<>();
        Set<UUID> scope = access.restriction().orElse(null);
        if (scope != null) {
            if (scope.isEmpty()) {
                return 0;
            }
            where.add("a.unit_id in (:scope)");
            params.put("scope", scope);
        }
        if (binding.unitId() != null) {
            where.add("a.unit_id = :unit");
            params.put("unit", binding.unitId());
        }
        if (binding.fund() != null) {
            where.add("g.fund = :fund");
            params.put("fund", binding.fund().name());
        }
        if (binding.programmeId() != null) {
            where.add("g.id = :programme");
            params.put("programme", binding.programmeId());
        }
        var query = em.createNativeQuery("select count(*) from project p join application a on a.id = p.application_id"
                + " left join funding_call c on c.id = a.call_id left join programme g on g.id = c.programme_id where "
                + String.join(" and ", where));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The office's project-financed share of the year from its recorded financing; null when none is recorded. */
    public BigDecimal projectFinancedShare(int year) {
        OfficeFinancing f = OfficeFinancing.findById(year);
        return f == null ? null : ProjectFinancedShare.percent(f.municipalGrant, f.companyGrants, f.projectIncome);
    }

    /** Any service of the portal, for a figure whose computation lives elsewhere. */
    public <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
