package se.sodertalje.euportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which units' records the caller may reach. Every query of unit-owned records goes through
 * this, so that a record of another unit answers 404 and never appears in a list.
 */
@RequestScoped
public class UnitAccess {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Set<UUID> ownUnitIds;
    private Set<UUID> controlledProjectIds;
    private Set<String> endpointRoles;
    private boolean writing;

    /** Set by {@link GrantFilter}: the roles the matched endpoint allows (null: any) and whether it writes. */
    void granted(Set<String> endpointRoles, boolean writing) {
        this.endpointRoles = endpointRoles;
        this.writing = writing;
    }

    /** Empty when the caller reaches every unit; otherwise the ids of the caller's own units. */
    public Optional<Set<UUID>> restriction() {
        if (reachesAllUnits()) {
            return Optional.empty();
        }
        return Optional.of(ownUnitIds());
    }

    /**
     * Reads reach every unit for advisors, auditors and admins; writes only for the global writers
     * (advisors, admins) among the roles that opened the endpoint, and otherwise only the own units.
     */
    public boolean canReach(UUID unitId) {
        return reachesAllUnits() || ownUnitIds().contains(unitId);
    }

    private boolean reachesAllUnits() {
        if (!writing) {
            return user.readsAllUnits();
        }
        return Roles.GLOBAL_WRITERS.stream().anyMatch(role -> user.hasRole(role)
                && (endpointRoles == null || endpointRoles.contains(role)));
    }

    /**
     * The caller's roles that count on a record of this unit: the global ones everywhere, the unit
     * roles (applicant, coordinator) only in the own units. Workflows judge steps by these, so an
     * advisor who coordinates another unit cannot approve this unit's application for it.
     */
    public Set<String> rolesFor(UUID unitId) {
        Set<String> roles = new TreeSet<>(user.roles());
        // Without a unit role there is nothing to take away, and no need to look the own units up (an
        // advisor's list of applications would otherwise pay a statement for it).
        if (roles.stream().anyMatch(Roles.UNIT_ROLES::contains) && !ownUnitIds().contains(unitId)) {
            roles.removeAll(Roles.UNIT_ROLES);
        }
        return roles;
    }

    /**
     * Whether the caller acts as a controller here: holds the role and the matched endpoint admits
     * it. A controller's reach is the projects an advisor appointed them to, never a unit.
     */
    public boolean actsAsController() {
        return user.hasRole(Roles.CONTROLLER) && endpointRoles != null && endpointRoles.contains(Roles.CONTROLLER);
    }

    /** The projects the caller controls on this endpoint (empty unless acting as a controller). */
    public Set<UUID> controlledProjectIds() {
        if (!actsAsController()) {
            return Set.of();
        }
        if (controlledProjectIds == null) {
            controlledProjectIds = new HashSet<>(em.createQuery(
                    "select c.projectId from ProjectController c where c.controllerSubject = :s", UUID.class)
                    .setParameter("s", user.subject()).getResultList());
        }
        return controlledProjectIds;
    }

    /** Whether the caller, as a controller on this endpoint, is appointed to the project. */
    public boolean controls(UUID projectId) {
        return controlledProjectIds().contains(projectId);
    }

    /** Whether the caller, as a controller on this endpoint, is appointed to the project of this application. */
    public boolean controlsApplication(UUID applicationId) {
        return actsAsController() && em.createQuery("select count(p) from Project p where p.applicationId = :a"
                + " and p.id in :ids", Long.class).setParameter("a", applicationId)
                .setParameter("ids", controlledProjectIds().isEmpty() ? Set.of(new UUID(0, 0)) : controlledProjectIds())
                .getSingleResult() > 0;
    }

    /** The caller's own units (by group membership), whatever their roles. */
    public Set<UUID> ownUnitIds() {
        if (ownUnitIds == null) {
            Set<String> codes = user.unitCodes();
            ownUnitIds = codes.isEmpty() ? Set.of() : new HashSet<>(em
                    .createQuery("select u.id from Unit u where u.code in :codes", UUID.class)
                    .setParameter("codes", codes).getResultList());
        }
        return ownUnitIds;
    }
}
