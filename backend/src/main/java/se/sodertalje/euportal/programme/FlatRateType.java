package se.sodertalje.euportal.programme;

import java.math.BigDecimal;

/**
 * The flat rates of the 2021–2027 rules, each with its base and the legal ceiling a programme can
 * allow at most (docs/domain.md, "Money rules"). A programme or call may allow less, never more.
 */
public enum FlatRateType {
    /** Indirect costs on eligible direct costs: 7%, or up to 25% if justified (CPR art. 54 a, c). */
    INDIRECT_ON_DIRECT_COSTS("25"),
    /** Indirect costs on eligible direct costs excluding subcontracting: 25 % (Horizon Europe Reg. art. 33). */
    INDIRECT_ON_DIRECT_COSTS_EXCL_SUBCONTRACTING("25"),
    /** Indirect costs on direct staff costs (CPR art. 54 b). */
    INDIRECT_ON_STAFF_COSTS("15"),
    /** Direct staff costs on direct costs other than staff (CPR art. 55(1)). */
    STAFF_ON_OTHER_DIRECT_COSTS("20"),
    /** Office and administration on direct staff costs (Interreg Reg. art. 41). */
    OFFICE_ON_STAFF_COSTS("15"),
    /** Travel and accommodation on direct staff costs (Interreg programme manuals). */
    TRAVEL_ON_STAFF_COSTS("15"),
    /** All other costs on direct staff costs (CPR art. 56). */
    OTHER_COSTS_ON_STAFF_COSTS("40");

    private final BigDecimal legalMaxPercent;

    FlatRateType(String legalMaxPercent) {
        this.legalMaxPercent = new BigDecimal(legalMaxPercent);
    }

    public BigDecimal legalMaxPercent() {
        return legalMaxPercent;
    }
}
