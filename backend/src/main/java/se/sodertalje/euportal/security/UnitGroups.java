package se.sodertalje.euportal.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A user's units are their Keycloak groups under {@code /units}: "/units/SOC" means unit code SOC. */
public final class UnitGroups {

    static final String PREFIX = "/units/";

    private UnitGroups() {
    }

    public static Set<String> unitCodes(Collection<String> groups) {
        Set<String> codes = new TreeSet<>();
        if (groups == null) {
            return codes;
        }
        for (String group : groups) {
            if (group != null && group.startsWith(PREFIX) && group.length() > PREFIX.length()) {
                String rest = group.substring(PREFIX.length());
                if (!rest.contains("/")) {
                    codes.add(rest);
                }
            }
        }
        return codes;
    }
}
