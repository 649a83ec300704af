package se.sodertalje.euportal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.security.CurrentUser;

/** Export and erasure of a contact person's personal data (GDPR art. 15 and 17). */
@ApplicationScoped
public class PersonalDataService {

    /** What an erased person's name becomes, in the record and in every earlier version of it. */
    public static final String ERASED_NAME = "Erased person";

    @Inject
    EntityManager em;

    @Inject
    ContactPersonService contacts;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    GuestRegistrations guests;

    public PersonalDataExport export(UUID id) {
        ContactPerson person = contacts.reachable(id);
        var erasures = ErasureLog.<ErasureLog>list("entityType = ?1 and entityId = ?2 order by erasedAt", "contact_person", id)
                .stream().map(e -> new PersonalDataExport.Erasure(e.erasedAt, e.erasedByName)).toList();
        return new PersonalDataExport(clock.instant(), contacts.view(person), contacts.history(id), erasures,
                guests.export(person.email));
    }

    /**
     * Anonymises the person in place and in every audited version. The erasure itself becomes a new
     * revision by the acting admin, and the erasure log keeps that it happened.
     */
    @Transactional
    public ContactPersonView erase(UUID id) {
        ContactPerson person = contacts.reachable(id);
        if (person.erased) {
            throw ApiProblem.conflict("CONTACT-003", "The person's data has already been erased");
        }
        em.createNativeQuery("select set_config('euportal.audit_erasure', 'on', true)").getSingleResult();
        em.createNativeQuery("update contact_person_aud set name = :name, title = null, email = null, phone = null"
                        + " where id = :id")
                .setParameter("name", ERASED_NAME).setParameter("id", id).executeUpdate();
        em.createNativeQuery("select set_config('euportal.audit_erasure', 'off', true)").getSingleResult();

        // The same person registered for events as a guest (by e-mail) is erased there too.
        guests.erase(person.email);
        person.name = ERASED_NAME;
        person.title = null;
        person.email = null;
        person.phone = null;
        person.erased = true;

        ErasureLog log = new ErasureLog();
        log.entityType = "contact_person";
        log.entityId = id;
        log.erasedAt = clock.instant();
        log.erasedBySubject = user.subject();
        log.erasedByName = user.displayName();
        log.persist();
        em.flush();
        return contacts.view(person);
    }
}
