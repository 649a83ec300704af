package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.event.Audience;
import se.sodertalje.euportal.event.Event;
import se.sodertalje.euportal.event.EventKind;
import se.sodertalje.euportal.event.EventRegistration;
import se.sodertalje.euportal.event.EventService;
import se.sodertalje.euportal.event.RegistrationStatus;

/**
 * Trainings and events for the demo (issue 21): a meeting of the EU project managers' network and a
 * training open to all, both ahead of today (so a demo user can register), the training with an
 * elected official registered as a guest.
 */
@ApplicationScoped
public class DemoEvents {

    private static final Logger LOG = Logger.getLogger(DemoEvents.class);
    private static final DemoUser ADA = DemoUser.ADA;

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(9) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Event.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // The first Tuesday at least two weeks ahead, and the Thursday four weeks after it.
        LocalDate meetingDay = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        event("Nätverksträff för EU-projektledare", EventKind.NETWORK_MEETING, meetingDay, LocalTime.of(13, 0),
                LocalTime.of(15, 30), "Stadshuset, Campusgatan 26, sal Mälaren", null, Audience.NETWORK, 25,
                "Erfarenhetsutbyte mellan kommunens EU-projektledare: läget i de pågående projekten, lärdomar från "
                        + "slutrapporterna och kommande utlysningar. Fika från 12.45.");
        Event training = event("EU-ansökan från idé till beslut", EventKind.TRAINING,
                meetingDay.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)), LocalTime.of(9, 0),
                LocalTime.of(12, 0), null, "https://teams.example.se/eu-ansokan", Audience.ALL, 20,
                "Grundutbildning i EU-finansiering: programmen, att skriva en ansökan, budget enligt EU:s regler och "
                        + "vad som händer efter beslutet. För förvaltningar, bolag och förtroendevalda.");
        EventRegistration guest = new EventRegistration();
        guest.eventId = training.id;
        guest.guestName = "Ulla Berg";
        guest.guestEmail = "ulla.berg@example.se";
        guest.name = guest.guestName;
        guest.status = RegistrationStatus.REGISTERED;
        guest.queuedAt = clock.instant();
        guest.registeredBySubject = ADA.subject;
        guest.registeredByName = ADA.displayName;
        guest.persist();
        LOG.infof("Demo data: loaded %d events", Event.count());
    }

    private Event event(String title, EventKind kind, LocalDate day, LocalTime from, LocalTime to, String place,
            String link, Audience audience, int capacity, String description) {
        Event event = new Event();
        event.title = title;
        event.kind = kind;
        event.startsAt = day.atTime(from).atZone(EventService.ZONE).toInstant();
        event.endsAt = day.atTime(to).atZone(EventService.ZONE).toInstant();
        event.place = place;
        event.link = link;
        event.audience = audience;
        event.organiser = "Internationella kontoret";
        event.description = description;
        event.capacity = capacity;
        event.createdBySubject = ADA.subject;
        event.createdByName = ADA.displayName;
        event.createdAt = clock.instant();
        event.persist();
        return event;
    }
}
