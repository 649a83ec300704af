package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Counts per calendar year (Stockholm time) of events, participants and units reached: the figures
 * a work plan's indicators can take ({@link #perYear(int, int)} is the plain method to call).
 */
@ApplicationScoped
public class EventStatistics {

    /** At most this many years in one answer. */
    static final int MAX_YEARS = 50;

    /** One row per year from {@code fromYear} to {@code toYear}, both included, years without events as zeros. */
    public List<EventViews.YearCount> perYear(int fromYear, int toYear) {
        if (toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
            throw ApiProblem.invalid("toYear", "must be from fromYear to " + (MAX_YEARS - 1) + " years after it",
                    ProblemCode.EVENT_009);
        }
        List<EventViews.YearCount> rows = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            rows.add(year(year));
        }
        return rows;
    }

    /** The figures of one year. */
    public EventViews.YearCount year(int year) {
        var from = LocalDate.of(year, 1, 1).atStartOfDay(EventService.ZONE).toInstant();
        var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(EventService.ZONE).toInstant();
        List<Event> events = Event.list("startsAt >= ?1 and startsAt < ?2", from, to);
        long participants = 0;
        long attended = 0;
        Set<String> units = new HashSet<>();
        for (Event event : events) {
            List<EventRegistration> seats = EventRegistration.list("eventId = ?1 and status = ?2", event.id,
                    RegistrationStatus.REGISTERED);
            participants += seats.size();
            for (EventRegistration seat : seats) {
                if (Boolean.TRUE.equals(seat.attended)) {
                    attended++;
                }
                if (!seat.isGuest()) {
                    UserProfile profile = UserProfile.findById(seat.userSubject);
                    if (profile != null && profile.units != null && !profile.units.isBlank()) {
                        Arrays.stream(profile.units.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                                .forEach(units::add);
                    }
                }
            }
        }
        return new EventViews.YearCount(year, events.size(), participants, attended, units.size());
    }
}
