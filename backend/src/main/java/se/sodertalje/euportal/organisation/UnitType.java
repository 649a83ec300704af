package se.sodertalje.euportal.organisation;

/** The kinds of unit the policy names; Telge companies are kept apart from municipal departments. */
public enum UnitType {
    MUNICIPAL_DEPARTMENT, TELGE_COMPANY, INTERNATIONAL_OFFICE
}
