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
            List<TwinTownContact> kept = new ArrayList<>();
            for (TwinTownContact c : town.contacts) {
                if (wanted.equals(PersonInRegisters.normal(c.email()))) {
                    kept.add(new TwinTownContact(PersonalDataService.ERASED_NAME, c.role(), null, null));
                    erased++;
                } else {
                    kept.add(c);
                }
            }
            town.contacts = kept;
        }
        if (erased == 0) {
            return 0;
        }
        em.flush();
        // Every earlier version too, through the sanctioned rewrite of history (V85): the history keeps the rows,
        // no longer the person.
        em.createNativeQuery("select erase_email_in_history('twin_town', :email)").setParameter("email", wanted)
                .getSingleResult();
        return erased;
    }
}
