package se.sodertalje.euportal.project;

import java.time.LocalDate;

/**
 * How long a project's records are kept (docs/domain.md, "Money rules": retention): the programme's
 * years (5 under the CPR art. 82; 10 where state aid applies, GBER art. 12) counted from
 * 31 December of the year of the last payment to the beneficiary. Last payment 10 March 2027,
 * 5 years: kept until 31 December 2032.
 */
public final class RetentionRules {

    private RetentionRules() {
    }

    public static LocalDate keptUntil(LocalDate lastPayment, int years) {
        return LocalDate.of(lastPayment.getYear() + years, 12, 31);
    }

    /** The programme's years for this project: the state-aid figure when state aid applies. */
    public static int years(boolean stateAid, int retentionYears, int stateAidRetentionYears) {
        return stateAid ? stateAidRetentionYears : retentionYears;
    }

    /** Whether the records may be deleted on {@code today}: only once the retention date has passed. */
    public static boolean mayDelete(LocalDate keptUntil, LocalDate today) {
        return keptUntil != null && today.isAfter(keptUntil);
    }
}
