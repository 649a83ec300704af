package se.sodertalje.euportal.externalnetwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.organisation.PersonInRegisters;
import se.sodertalje.euportal.organisation.PersonalDataService;

/** The external networks' members in the personal-data export and erasure, found by e-mail. */
@ApplicationScoped
public class NetworkPersonalData implements PersonInRegisters {

    @Inject
    EntityManager em;

    @Override
    public List<Entry> export(String email) {
        String wanted = PersonInRegisters.normal(email);
        List<Entry> entries = new ArrayList<>();
        if (wanted == null) {
            return entries;
        }
        for (ExternalNetwork network : ExternalNetwork.<ExternalNetwork>list("order by name, id")) {
            network.members.stream().filter(m -> wanted.equals(PersonInRegisters.normal(m.email())))
                    .forEach(m -> entries.add(new Entry("EXTERNAL_NETWORK_MEMBER", network.id, network.name, m.name(),
                            m.role(), m.email(), null)));
        }
        return entries;
    }

    @Override
    @Transactional
    public int erase(String email) {
        String wanted = PersonInRegisters.normal(email);
        if (wanted == null) {
            return 0;
        }
        int erased = 0;
        for (ExternalNetwork network : ExternalNetwork.<ExternalNetwork>listAll()) {
            var result = PersonInRegisters.erase(network.members, wanted, NetworkMember::email,
                    m -> new NetworkMember(PersonalDataService.ERASED_NAME, m.unitId(), m.role(), null));
            if (result.count() > 0) {
                network.members = result.people();
                erased += result.count();
            }
        }
        if (erased > 0) {
            PersonInRegisters.eraseHistory(em, "external_network", wanted);
        }
        return erased;
    }
}
