package se.sodertalje.euportal.programme;

/** How a programme converts costs in SEK to EUR (docs/domain.md, "Currency"). */
public enum CurrencyConversion {
    /** The Commission's monthly accounting rate of the month the report is first submitted. */
    INFOREURO_MONTHLY,
    /** ECB average rates (Horizon Europe). */
    ECB_AVERAGE,
    /** Costs are declared in EUR only. */
    EUR_ONLY
}
