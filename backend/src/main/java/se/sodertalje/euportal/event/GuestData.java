package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import se.sodertalje.euportal.organisation.GuestRegistrations;

/**
 * The personal data of event guests (participants without an account), found by e-mail: part of a
 * contact person's export and erasure, and on its own for guests who are in no register.
 */
@ApplicationScoped
public class GuestData implements GuestRegistrations {

    /** What a guest's name becomes once erased, in the record and in every earlier version. */
    public static final String ERASED_NAME = "Erased person";

    @Inject
    EntityManager em;

    @Override
    public List<GuestRegistration> export(String email) {
        return rows(email).stream().map(r -> {
            Event event = Event.findById(r.eventId);
            return new GuestRegistration(r.eventId, event.title, EventService.local(event.startsAt), r.guestName,
                    r.guestEmail, r.status.name(), r.attended);
        }).toList();
    }

    /** Anonymises every guest registration with the e-mail, and its history. @return how many */
    @Override
    @Transactional
    public int erase(String email) {
        List<EventRegistration> rows = rows(email);
        if (rows.isEmpty()) {
            return 0;
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        for (EventRegistration r : rows) {
            r.guestName = ERASED_NAME;
            r.name = ERASED_NAME;
            r.guestEmail = null;
            r.erased = true;
        }
        em.flush();
        // Every earlier version too, through the sanctioned rewrite of history (V85).
        em.createNativeQuery("select erase_guest_registration_history(cast(:ids as uuid[]))")
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getSingleResult();
        return rows.size();
    }

    private static List<EventRegistration> rows(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return EventRegistration.list("userSubject is null and erased = false and lower(guestEmail) = ?1 order by queuedAt, id",
                email.trim().toLowerCase(Locale.ROOT));
    }
}
