package se.sodertalje.euportal.budget;

import se.sodertalje.euportal.programme.CostCategory;

/**
 * Where an amount of a budget summary belongs: one of the cost categories, or the 40 % flat rate
 * on staff costs that stands for all other costs at once (CPR art. 56) and so has none.
 */
public enum BudgetCategory {
    STAFF, OFFICE_ADMINISTRATION, TRAVEL_ACCOMMODATION, EXTERNAL_EXPERTISE, EQUIPMENT, INFRASTRUCTURE_WORKS,
    OTHER_COSTS_FLAT_RATE;

    public static BudgetCategory of(CostCategory category) {
        return valueOf(category.name());
    }
}
