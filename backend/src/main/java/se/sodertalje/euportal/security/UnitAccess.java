package se.sodertalje.euportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** Empty when the caller reads every unit; otherwise the ids of the caller's own units. */
    public Optional<Set<UUID>> restriction() {
        if (user.readsAllUnits()) {
            return Optional.empty();
        }
        return Optional.of(ownUnitIds());
    }

    public boolean canReach(UUID unitId) {
        return user.readsAllUnits() || ownUnitIds().contains(unitId);
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
