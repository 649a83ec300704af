package se.sodertalje.euportal.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Whether a user (unit codes and roles comma-separated, as app_user stores them) coordinates the unit. */
    public static boolean coordinates(String unitCode, String units, String roles) {
        return split(roles).contains(COORDINATOR) && split(units).contains(unitCode);
    }

    private static Set<String> split(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
