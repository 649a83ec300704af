package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import se.sodertalje.euportal.security.UnitAccess;

/** The yearly follow-up of units' screening rates, over the units the caller may see. */
@ApplicationScoped
public class ScreeningRateService {

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    public ScreeningRateView rate(int year) {
        CreationYear range = new CreationYear(year);
        String scope = access.restriction().isPresent() ? " and i.unitId in :ids" : "";
        TypedQuery<ScreeningRateReport.UnitCount> query = em.createQuery(
                "select new se.sodertalje.euportal.idea.ScreeningRateReport$UnitCount(u.id, u.code, u.name,"
                        + " count(i), count(i.screenedAt))"
                        + " from Idea i join Unit u on u.id = i.unitId"
                        + " where i.createdAt >= :from and i.createdAt < :to" + scope
                        + " group by u.id, u.code, u.name", ScreeningRateReport.UnitCount.class)
                .setParameter("from", range.start())
                .setParameter("to", range.end());
        access.restriction().ifPresent(ids -> query.setParameter("ids", ids));
        return ScreeningRateReport.of(year, query.getResultList());
    }
}
