package se.sodertalje.euportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The units the caller belongs to, by their group membership. */
@RequestScoped
public class MyUnits {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    public List<MeResource.MyUnit> list() {
        if (user.unitCodes().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new se.sodertalje.euportal.security.MeResource$MyUnit(u.id, u.code, u.name)"
                        + " from Unit u where u.code in :codes order by u.name", MeResource.MyUnit.class)
                .setParameter("codes", user.unitCodes()).getResultList();
    }
}
