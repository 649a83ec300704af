package se.sodertalje.euportal.budget;

/** The currencies a budget line may be stated in. */
public enum Currency {
    SEK, EUR
}
