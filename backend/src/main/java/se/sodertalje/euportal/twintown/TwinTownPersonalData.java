package se.sodertalje.euportal.twintown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.organisation.PersonInRegisters;
import se.sodertalje.euportal.organisation.PersonalDataService;

/** The twin towns' contact persons in the personal-data export and erasure, found by e-mail. */
@ApplicationScoped
public class TwinTownPersonalData implements PersonInRegisters {

    @Inject
    EntityManager em;

    @Override
    public List<Entry> export(String email) {
        String wanted = PersonInRegisters.normal(email);
        List<Entry> entries = new ArrayList<>();
        if (wanted == null) {
            return entries;
        }
        for (TwinTown town : TwinTown.<TwinTown>list("order by name, id")) {
            town.contacts.stream().filter(c -> wanted.equals(PersonInRegisters.normal(c.email())))
                    .forEach(c -> entries.add(new Entry("TWIN_TOWN_CONTACT", town.id, town.name, c.name(), c.role(),
                            c.email(), c.phone())));
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
        for (TwinTown town : TwinTown.<TwinTown>listAll()) {
            var result = PersonInRegisters.erase(town.contacts, wanted, TwinTownContact::email,
                    c -> new TwinTownContact(PersonalDataService.ERASED_NAME, c.role(), null, null));
            if (result.count() > 0) {
                town.contacts = result.people();
                erased += result.count();
            }
        }
        if (erased > 0) {
            PersonInRegisters.eraseHistory(em, "twin_town", wanted);
        }
        return erased;
    }
}
