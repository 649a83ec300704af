package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import se.sodertalje.euportal.reminder.Deadline;
import se.sodertalje.euportal.reminder.DeadlineSource;

/** The events that begin before the reminder job's horizon, with their seated users, for the reminders. */
@ApplicationScoped
public class EventDeadlines implements DeadlineSource {

    @Override
    public List<Deadline> upcoming(Instant now, Instant before) {
        List<Event> events = Event.<Event>list("startsAt > ?1 and startsAt < ?2 order by startsAt, id", now, before);
        return events.stream().<Deadline>map(e -> new EventDeadline(e.id, e.title, e.startsAt, e.place,
                new LinkedHashSet<>(RegistrationService.seated(e.id)))).filter(d -> !d.team().isEmpty()).toList();
    }
}
