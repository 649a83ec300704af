package se.sodertalje.euportal.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, name, roles and unit codes, read from the bearer token. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public String email() {
        return token.getClaim("email");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Advisors, auditors and admins read every unit's records. */
    public boolean readsAllUnits() {
        return Roles.GLOBAL_READERS.stream().anyMatch(identity::hasRole);
    }

    public Set<String> unitCodes() {
        return UnitGroups.unitCodes(groups());
    }

    private List<String> groups() {
        Object claim = token.getClaim("groups");
        if (claim instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
