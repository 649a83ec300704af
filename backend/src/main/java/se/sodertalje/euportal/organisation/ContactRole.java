package se.sodertalje.euportal.organisation;

/** What a contact person does for their unit; the policy requires an international coordinator per unit. */
public enum ContactRole {
    INTERNATIONAL_COORDINATOR, EU_PROJECT_MANAGER, FINANCE_CONTACT, OTHER
}
