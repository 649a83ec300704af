package se.sodertalje.euportal.rate;

import java.time.YearMonth;

/** The list's filters, already checked: any of them may be absent. */
record RateFilter(String currency, YearMonth fromMonth, YearMonth toMonth) {
}
