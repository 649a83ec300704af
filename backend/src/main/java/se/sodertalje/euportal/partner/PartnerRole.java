package se.sodertalje.euportal.partner;

/** A role in an application's partnership, and what a partner search seeks. */
public enum PartnerRole {
    LEAD_PARTNER, PARTNER, ASSOCIATED_PARTNER
}
