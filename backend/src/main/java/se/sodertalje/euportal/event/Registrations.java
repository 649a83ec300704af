package se.sodertalje.euportal.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The seat rules: a seat while there is one, else the waiting list, first come first served. */
final class Registrations {

    private Registrations() {
    }

    /** What a new (or renewed) registration gets, given the seats taken; the event row is locked by the caller. */
    static RegistrationStatus statusFor(Integer capacity, long seatsTaken) {
        return capacity == null || seatsTaken < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
    }

    /**
     * Gives free seats to the waiting list in its order; the event row is locked by the caller.
     * @return the registrations that got a seat
     */
    static List<EventRegistration> fillSeats(Event event, Instant now) {
        List<EventRegistration> promoted = new ArrayList<>();
        long taken = EventRegistration.count("eventId = ?1 and status = ?2", event.id, RegistrationStatus.REGISTERED);
        List<EventRegistration> queue = EventRegistration.<EventRegistration>list(
                "eventId = ?1 and status = ?2 order by queuedAt, id", event.id, RegistrationStatus.WAITING);
        for (EventRegistration waiting : queue) {
            if (statusFor(event.capacity, taken) != RegistrationStatus.REGISTERED) {
                break;
            }
            waiting.status = RegistrationStatus.REGISTERED;
            taken++;
            promoted.add(waiting);
        }
        return promoted;
    }

    /** 1 for the next in line. */
    static int position(EventRegistration waiting) {
        return (int) EventRegistration.count("eventId = ?1 and status = ?2 and (queuedAt < ?3 or (queuedAt = ?3 and id < ?4))",
                waiting.eventId, RegistrationStatus.WAITING, waiting.queuedAt, waiting.id) + 1;
    }
}
