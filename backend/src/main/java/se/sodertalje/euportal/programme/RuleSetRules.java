package se.sodertalje.euportal.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/**
 * The rules a rule set must keep: within the legal ceilings for a programme, and only narrower
 * than its programme's for a call ("a call can only narrow, never widen").
 */
public final class RuleSetRules {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_REPORTING_PERIOD_MONTHS = 36;

    private RuleSetRules() {
    }

    /** Problems of a programme's rule set, with fields prefixed by {@code prefix}. */
    public static List<FieldError> checkProgramme(RuleSet rules, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Set<FlatRateType> seen = new HashSet<>();
        for (int i = 0; i < rules.flatRates().size(); i++) {
            FlatRateLimit rate = rules.flatRates().get(i);
            String field = prefix + ".flatRates[" + i + "]";
            if (!seen.add(rate.type())) {
                errors.add(new FieldError(field + ".type", "is listed twice", ProblemCode.DUPLICATE_ITEM));
            }
            if (!isPercentWithCents(rate.maxPercent()) || rate.maxPercent().signum() <= 0
                    || rate.maxPercent().compareTo(rate.type().legalMaxPercent()) > 0) {
                errors.add(new FieldError(field + ".maxPercent", "must be above 0 and at most "
                        + rate.type().legalMaxPercent() + " % for " + rate.type(), ProblemCode.FLAT_RATE_CEILING));
            }
        }
        if (!isPercentWithCents(rules.maxCoFinancingPercent()) || rules.maxCoFinancingPercent().signum() <= 0
                || rules.maxCoFinancingPercent().compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(prefix + ".maxCoFinancingPercent", "must be above 0 and at most 100", ProblemCode.RANGE));
        }
        if (rules.reportingPeriodMonths() < 1 || rules.reportingPeriodMonths() > MAX_REPORTING_PERIOD_MONTHS) {
            errors.add(new FieldError(prefix + ".reportingPeriodMonths", "must be between 1 and "
                    + MAX_REPORTING_PERIOD_MONTHS, ProblemCode.RANGE));
        }
        if (rules.retentionYears() < 1) {
            errors.add(new FieldError(prefix + ".retentionYears", "must be at least 1", ProblemCode.RANGE));
        }
        if (rules.stateAidRetentionYears() < rules.retentionYears()) {
            errors.add(new FieldError(prefix + ".stateAidRetentionYears", "must not be shorter than retentionYears",
                    ProblemCode.RANGE));
        }
        return errors;
    }

    /** Problems of a call's rule set: its own checks, then every way it would widen the programme's. */
    public static List<FieldError> checkNarrows(RuleSet call, RuleSet programme, String prefix) {
        List<FieldError> errors = checkProgramme(call, prefix);
        if (!programme.costCategories().containsAll(call.costCategories())) {
            errors.add(new FieldError(prefix + ".costCategories", "may only use the programme's cost categories "
                    + programme.costCategories(), ProblemCode.NARROWER));
        }
        Map<FlatRateType, BigDecimal> allowed = new EnumMap<>(FlatRateType.class);
        programme.flatRates().forEach(rate -> allowed.put(rate.type(), rate.maxPercent()));
        for (int i = 0; i < call.flatRates().size(); i++) {
            FlatRateLimit rate = call.flatRates().get(i);
            BigDecimal programmeMax = allowed.get(rate.type());
            if (programmeMax == null) {
                errors.add(new FieldError(prefix + ".flatRates[" + i + "].type", "the programme does not allow "
                        + rate.type(), ProblemCode.NARROWER));
            } else if (rate.maxPercent().compareTo(programmeMax) > 0) {
                errors.add(new FieldError(prefix + ".flatRates[" + i + "].maxPercent", "must not exceed the programme's "
                        + programmeMax.toPlainString() + " %", ProblemCode.NARROWER));
            }
        }
        if (call.maxCoFinancingPercent().compareTo(programme.maxCoFinancingPercent()) > 0) {
            errors.add(new FieldError(prefix + ".maxCoFinancingPercent", "must not exceed the programme's "
                    + programme.maxCoFinancingPercent().toPlainString() + " %", ProblemCode.NARROWER));
        }
        if (call.currencyConversion() != programme.currencyConversion()) {
            errors.add(new FieldError(prefix + ".currencyConversion", "must be the programme's "
                    + programme.currencyConversion(), ProblemCode.NARROWER));
        }
        if (call.reportingPeriodMonths() != programme.reportingPeriodMonths()) {
            errors.add(new FieldError(prefix + ".reportingPeriodMonths", "must be the programme's "
                    + programme.reportingPeriodMonths(), ProblemCode.NARROWER));
        }
        if (call.retentionYears() < programme.retentionYears()
                || call.stateAidRetentionYears() < programme.stateAidRetentionYears()) {
            errors.add(new FieldError(prefix + ".retentionYears", "must not be shorter than the programme's", ProblemCode.NARROWER));
        }
        if (programme.eligibleUntil() != null && call.eligibleUntil() != null
                && call.eligibleUntil().isAfter(programme.eligibleUntil())) {
            errors.add(new FieldError(prefix + ".eligibleUntil", "must not be after the programme's "
                    + programme.eligibleUntil(), ProblemCode.NARROWER));
        }
        return errors;
    }

    /**
     * The rules that apply to applications to a call: the call's narrowing, else the programme's; a call
     * that names no last day of eligible expenditure keeps its programme's.
     */
    public static RuleSet effective(RuleSet call, RuleSet programme) {
        if (call == null) {
            return programme;
        }
        if (call.eligibleUntil() != null || programme.eligibleUntil() == null) {
            return call;
        }
        return new RuleSet(call.costCategories(), call.flatRates(), call.maxCoFinancingPercent(), call.currencyConversion(),
                call.reportingPeriodMonths(), call.retentionYears(), call.stateAidRetentionYears(), programme.eligibleUntil());
    }

    private static boolean isPercentWithCents(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 2;
    }
}
