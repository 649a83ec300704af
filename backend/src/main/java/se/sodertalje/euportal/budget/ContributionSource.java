package se.sodertalje.euportal.budget;

/** Where a partner's share of the costs beyond the EU share comes from. */
public enum ContributionSource {
    OWN_MUNICIPAL_FUNDS, COMPANY_FUNDS, OTHER_PUBLIC, PRIVATE, IN_KIND
}
