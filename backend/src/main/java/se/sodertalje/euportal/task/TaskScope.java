package se.sodertalje.euportal.task;

import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.UUID;

/**
 * Whose records a family of tasks covers, as the rest of the API scopes them: every unit (advisors,
 * auditors, admins), the caller's own units (coordinators), or, within the own units, the
 * applications the caller wrote or is on the team of (applicants).
 */
record TaskScope(Set<UUID> units, String mine) {

    static TaskScope everything() {
        return new TaskScope(null, null);
    }

    static TaskScope units(Set<UUID> units) {
        return new TaskScope(Set.copyOf(units), null);
    }

    static TaskScope mine(Set<UUID> units, String subject) {
        return new TaskScope(Set.copyOf(units), subject);
    }

    /** Nothing can be in scope: a unit-bound caller without units. */
    boolean isEmpty() {
        return units != null && units.isEmpty();
    }

    /** JPQL conditions (each starting with " and") on an application alias. */
    String onApplication(String a) {
        StringBuilder where = new StringBuilder();
        if (units != null) {
            where.append(" and ").append(a).append(".unitId in :scopeUnits");
        }
        if (mine != null) {
            where.append(" and (").append(a).append(".createdBySubject = :scopeMe or exists (select m.id from TeamMember m")
                    .append(" where m.applicationId = ").append(a).append(".id and m.userSubject = :scopeMe))");
        }
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (units != null) {
            query.setParameter("scopeUnits", units);
        }
        if (mine != null) {
            query.setParameter("scopeMe", mine);
        }
        return query;
    }
}
