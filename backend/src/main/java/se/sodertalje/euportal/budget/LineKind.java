package se.sodertalje.euportal.budget;

/** The forms of support a typed budget line can take (CPR art. 51, 53); flat rates are never typed. */
public enum LineKind {
    /** A real cost: an amount, or quantity × unit price. */
    REAL_COST,
    /** Staff cost from an hourly rate: annual gross cost (or monthly salary) ÷ 1 720 × hours. */
    STAFF_HOURLY,
    /** A unit cost × quantity. */
    UNIT_COST,
    /** A lump sum. */
    LUMP_SUM
}
