package se.sodertalje.euportal.security;

import java.util.Set;

/** The realm roles of the product (Keycloak realm "euportal"). */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String COORDINATOR = "coordinator";
    public static final String ADVISOR = "advisor";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /**
     * A first-level controller (or the managing authority's checker): reads the projects an advisor
     * appointed them to and writes only control work there (issue 19).
     */
    public static final String CONTROLLER = "controller";

    /** Roles that see every unit's records; everyone else sees only their own units'. */
    public static final Set<String> GLOBAL_READERS = Set.of(ADVISOR, AUDITOR, ADMIN);

    /** Roles whose writes (where an endpoint allows them at all) reach every unit; auditors only read. */
    public static final Set<String> GLOBAL_WRITERS = Set.of(ADVISOR, ADMIN);

    /** Roles that hold only in the caller's own units (Keycloak groups /units/<code>). */
    public static final Set<String> UNIT_ROLES = Set.of(APPLICANT, COORDINATOR);

    private Roles() {
    }
}
