package se.sodertalje.euportal.demo;

/**
 * The demo realm's people (ops/keycloak/euportal-realm.json). Their Keycloak ids are fixed in the realm,
 * so the demo records name the same subjects a login gives: reminders, to-do lists and "mine" work in
 * `make run` as in service. Keep both files in step.
 */
public enum DemoUser {
    ANNA("10000000-0000-4000-8000-000000000001", "anna.applicant", "Anna Andersson"),
    CARL("10000000-0000-4000-8000-000000000002", "carl.coordinator", "Carl Carlsson"),
    ADA("10000000-0000-4000-8000-000000000003", "ada.advisor", "Ada Ahlström"),
    MARIA("10000000-0000-4000-8000-000000000006", "maria.coordinator", "Maria Sandberg"),
    /** The first-level controller appointed to the demo project (realm role controller, no unit). */
    CORA("10000000-0000-4000-8000-000000000007", "cora.controller", "Cora Lind");

    /** The Keycloak user id: the `sub` of the person's tokens. */
    public final String subject;
    public final String username;
    public final String displayName;

    DemoUser(String subject, String username, String displayName) {
        this.subject = subject;
        this.username = username;
        this.displayName = displayName;
    }
}
