package se.sodertalje.euportal.rate;

/** A rate after a PUT, and whether the PUT created it (201) rather than changed it (200). */
record SavedRate(ExchangeRateView view, boolean created) {
}
