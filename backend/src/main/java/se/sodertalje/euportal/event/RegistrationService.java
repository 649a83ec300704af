package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Registrations: users register themselves, advisors register guests without an account, a full
 * event queues, a freed seat goes to the next in line, attendance is recorded afterwards. Every
 * change of seats locks the event's row first, so two requests for the last seat are served one
 * after the other and exactly one gets it. Codes EVENT-002, -003, -004, -006, -007.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EventService events;

    @Inject
    StepNotices notices;

    public List<EventViews.RegistrationView> list(UUID eventId) {
        EventService.find(eventId);
        return EventRegistration.<EventRegistration>list(
                "eventId = ?1 order by case status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end, queuedAt, id",
                eventId).stream().map(RegistrationService::view).toList();
    }

    @Transactional
    public EventViews.RegistrationView registerMe(UUID eventId) {
        Event event = EventService.lock(em, eventId);
        Instant now = clock.instant();
        requireOpen(event, now);
        if (event.audience == Audience.UNITS && !user.hasRole(Roles.ADVISOR) && !user.hasRole(Roles.ADMIN)
                && event.audienceUnits.stream().noneMatch(events.callerUnits()::contains)) {
            throw new ApiProblem(403, ProblemCode.EVENT_003, "Forbidden", "This event is for other units", null);
        }
        EventRegistration registration = EventRegistration.<EventRegistration>find("eventId = ?1 and userSubject = ?2",
                eventId, user.subject()).firstResult();
        if (registration != null && registration.status != RegistrationStatus.CANCELLED) {
            throw ApiProblem.conflict(ProblemCode.EVENT_002, "You are registered for this event already");
        }
        if (registration == null) {
            registration = new EventRegistration();
            registration.eventId = eventId;
            registration.userSubject = user.subject();
        }
        registration.name = user.displayName();
        seat(event, registration, now);
        return view(registration);
    }

    @Transactional
    public EventViews.RegistrationView registerGuest(UUID eventId, EventRequests.GuestRequest request) {
        Event event = EventService.lock(em, eventId);
        Instant now = clock.instant();
        requireOpen(event, now);
        String email = request.email().trim();
        EventRegistration registration = EventRegistration.<EventRegistration>find(
                "eventId = ?1 and lower(guestEmail) = ?2 and erased = false", eventId, email.toLowerCase(Locale.ROOT))
                .firstResult();
        if (registration != null && registration.status != RegistrationStatus.CANCELLED) {
            throw ApiProblem.conflict(ProblemCode.EVENT_007, "A guest with this e-mail is registered for this event already");
        }
        if (registration == null) {
            registration = new EventRegistration();
            registration.eventId = eventId;
        }
        registration.guestName = request.name().trim();
        registration.guestEmail = email;
        registration.name = registration.guestName;
        seat(event, registration, now);
        return view(registration);
    }

    /** The caller withdraws; a seat freed goes to the next in line. */
    @Transactional
    public EventViews.RegistrationView cancelMine(UUID eventId) {
        Event event = EventService.lock(em, eventId);
        EventRegistration registration = EventRegistration.<EventRegistration>find(
                "eventId = ?1 and userSubject = ?2 and status <> ?3", eventId, user.subject(), RegistrationStatus.CANCELLED)
                .firstResult();
        if (registration == null) {
            throw ApiProblem.notFound("Your registration for event " + eventId);
        }
        return cancel(event, registration);
    }

    @Transactional
    public EventViews.RegistrationView cancel(UUID eventId, UUID registrationId, String ifMatch) {
        Event event = EventService.lock(em, eventId);
        EventRegistration registration = find(eventId, registrationId);
        ETags.requireMatch(ifMatch, registration.version);
        if (registration.status == RegistrationStatus.CANCELLED) {
            return view(registration);
        }
        return cancel(event, registration);
    }

    @Transactional
    public EventViews.RegistrationView recordAttendance(UUID eventId, UUID registrationId, String ifMatch, boolean attended) {
        Event event = EventService.find(eventId);
        EventRegistration registration = find(eventId, registrationId);
        ETags.requireMatch(ifMatch, registration.version);
        if (event.startsAt.isAfter(clock.instant())) {
            throw ApiProblem.conflict(ProblemCode.EVENT_004, "Attendance is recorded once the event has begun");
        }
        if (registration.status != RegistrationStatus.REGISTERED) {
            throw ApiProblem.conflict(ProblemCode.EVENT_004, "Only a participant with a seat can have attended");
        }
        registration.attended = attended;
        em.flush();
        return view(registration);
    }

    private EventViews.RegistrationView cancel(Event event, EventRegistration registration) {
        boolean hadSeat = registration.status == RegistrationStatus.REGISTERED;
        registration.status = RegistrationStatus.CANCELLED;
        registration.attended = null;
        em.flush();
        if (hadSeat) {
            List<EventRegistration> promoted = Registrations.fillSeats(event, clock.instant());
            em.flush();
            tellPromoted(event, promoted);
        }
        return view(registration);
    }

    private void seat(Event event, EventRegistration registration, Instant now) {
        long taken = EventRegistration.count("eventId = ?1 and status = ?2", event.id, RegistrationStatus.REGISTERED);
        registration.status = Registrations.statusFor(event.capacity, taken);
        registration.queuedAt = now;
        registration.attended = null;
        registration.registeredBySubject = user.subject();
        registration.registeredByName = user.displayName();
        registration.persist();
        em.flush();
    }

    private void tellPromoted(Event event, List<EventRegistration> promoted) {
        List<String> subjects = promoted.stream().filter(r -> !r.isGuest()).map(r -> r.userSubject).toList();
        if (!subjects.isEmpty()) {
            notices.tell(subjects, NotificationKind.EVENT_SEAT, "Du har fått en plats på " + event.title + ".",
                    "You have a seat at " + event.title + ".", "/events/" + event.id);
        }
    }

    private void requireOpen(Event event, Instant now) {
        if (!event.startsAt.isAfter(now)) {
            throw ApiProblem.conflict(ProblemCode.EVENT_006, "The event has begun; registration is closed");
        }
    }

    private static EventRegistration find(UUID eventId, UUID registrationId) {
        EventRegistration registration = EventRegistration.findById(registrationId);
        if (registration == null || !registration.eventId.equals(eventId)) {
            throw ApiProblem.notFound("Registration " + registrationId);
        }
        return registration;
    }

    static EventViews.RegistrationView view(EventRegistration r) {
        String email = r.guestEmail;
        if (!r.isGuest()) {
            UserProfile profile = UserProfile.findById(r.userSubject);
            email = profile == null ? null : profile.email;
        }
        return new EventViews.RegistrationView(r.id, r.eventId, r.userSubject, r.name, email, r.isGuest(), r.status,
                r.status == RegistrationStatus.WAITING ? Registrations.position(r) : null, r.attended,
                new Actor(r.registeredBySubject, r.registeredByName), r.version);
    }

    /** The users with a seat at the event. */
    static Set<String> seated(UUID eventId) {
        return Set.copyOf(EventRegistration.<EventRegistration>list("eventId = ?1 and status = ?2 and userSubject is not null",
                eventId, RegistrationStatus.REGISTERED).stream().map(r -> r.userSubject).toList());
    }
}
