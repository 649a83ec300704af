package se.sodertalje.euportal.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.organisation.PersonInRegisters;
import se.sodertalje.euportal.organisation.PersonalDataService;

/**
 * The partner register's contact persons (external people's names, e-mails, phones) in the personal-data
 * export and erasure, found by e-mail, as a municipal contact person is.
 */
@ApplicationScoped
public class PartnerContactPersonalData implements PersonInRegisters {

    static final String REGISTER = "PARTNER_CONTACT";

    @Inject
    EntityManager em;

    @Override
    public List<Entry> export(String email) {
        String wanted = PersonInRegisters.normal(email);
        if (wanted == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.legal_name, c->>'name', c->>'role', c->>'email', c->>'phone'
                from partner_organisation o cross join lateral jsonb_array_elements(o.contacts) c
                where jsonb_typeof(o.contacts) = 'array' and lower(trim(c->>'email')) = :email
                order by o.legal_name, o.id""").setParameter("email", wanted).getResultList();
        return rows.stream().map(r -> new Entry(REGISTER, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5])).toList();
    }

    @Override
    @Transactional
    public int erase(String email) {
        String wanted = PersonInRegisters.normal(email);
        if (wanted == null) {
            return 0;
        }
        Set<UUID> organisations = new LinkedHashSet<>();
        export(email).forEach(e -> organisations.add(e.recordId()));
        int erased = 0;
        for (UUID id : organisations) {
            PartnerOrganisation organisation = PartnerOrganisation.findById(id);
            var result = PersonInRegisters.erase(organisation.contacts, wanted, PartnerContact::email,
                    c -> new PartnerContact(PersonalDataService.ERASED_NAME, c.role(), null, null));
            if (result.count() > 0) {
                organisation.contacts = result.people();
                erased += result.count();
            }
        }
        if (erased > 0) {
            PersonInRegisters.eraseHistory(em, "partner_organisation", wanted);
        }
        return erased;
    }
}
