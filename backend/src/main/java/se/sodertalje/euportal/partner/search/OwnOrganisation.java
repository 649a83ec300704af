package se.sodertalje.euportal.partner.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.partner.Pic;

/**
 * At start-up: writes the municipality's own organisation(s) from configuration
 * (euportal.partners.own-organisation: PICs or register ids) into partner_own_organisation, which
 * MatchCriteria reads, so that it is never a match of its own searches; ranks anew the searches
 * whose words are not stored yet (after migration V40) and, when that list changed, every search.
 */
@ApplicationScoped
public class OwnOrganisation {

    @ConfigProperty(name = "euportal.partners.own-organisation")
    Optional<List<String>> configured;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes @Priority(0) StartupEvent event) {
        Set<String> wanted = new TreeSet<>();
        configured.orElse(List.of()).stream().map(String::trim).filter(r -> !r.isEmpty())
                .map(r -> Pic.valid(Pic.normalise(r)) ? Pic.normalise(r) : r.toLowerCase(Locale.ROOT)).forEach(wanted::add);
        @SuppressWarnings("unchecked")
        Set<String> stored = new TreeSet<>(em.createNativeQuery("select ref from partner_own_organisation").getResultList());
        List<?> unranked = em.createNativeQuery("select id from partner_search where match_query is null").getResultList();
        for (Object id : unranked) {
            PartnerSearchService.storeMatching(em, PartnerSearch.findById(id));
        }
        if (!wanted.equals(stored)) {
            em.createNativeQuery("delete from partner_own_organisation").executeUpdate();
            for (String ref : wanted) {
                em.createNativeQuery("insert into partner_own_organisation (ref) values (:ref)").setParameter("ref", ref)
                        .executeUpdate();
            }
            MatchStore.refreshAll(em);
        }
    }
}
