package se.sodertalje.euportal.application.team;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.sodertalje.euportal.security.Roles;

/** Who can be on an application's team: users of the application's unit and the International Office. */
public final class TeamRules {

    /** The International Office's unit code (its Keycloak group /units/INT). */
    public static final String INTERNATIONAL_OFFICE = "INT";

    private TeamRules() {
    }

    /** @param units the user's unit codes, comma-separated as stored; @param roles their roles, likewise */
    public static boolean mayJoin(String unitCode, String units, String roles) {
        Set<String> codes = split(units);
        return codes.contains(unitCode) || codes.contains(INTERNATIONAL_OFFICE) || split(roles).contains(Roles.ADVISOR);
    }

    private static Set<String> split(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
