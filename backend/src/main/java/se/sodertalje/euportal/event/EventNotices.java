package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.network.NetworkService;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.StepNotices;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.readiness.People;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Invitations to an event's audience and reminders to its participants: in the portal, and by
 * e-mail as each user chose for the kind (the notification preferences).
 */
@ApplicationScoped
public class EventNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    StepNotices notices;

    @Inject
    People people;

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Transactional
    public EventViews.NoticesSent invite(UUID eventId) {
        Event event = EventService.find(eventId);
        Set<String> recipients = audience(event);
        recipients.remove(user.subject());
        String when = WHEN.format(EventService.local(event.startsAt));
        notices.tell(recipients, NotificationKind.EVENT_INVITATION,
                "Inbjudan: " + event.title + " (" + when + ")", "Invitation: " + event.title + " (" + when + ")",
                "/events/" + event.id);
        return new EventViews.NoticesSent(recipients.size());
    }

    @Transactional
    public EventViews.NoticesSent remind(UUID eventId) {
        Event event = EventService.find(eventId);
        Set<String> recipients = new LinkedHashSet<>(RegistrationService.seated(eventId));
        recipients.remove(user.subject());
        String when = WHEN.format(EventService.local(event.startsAt));
        notices.tell(recipients, NotificationKind.EVENT_REMINDER,
                "Påminnelse: " + event.title + " börjar " + when + ".", "Reminder: " + event.title + " starts " + when + ".",
                "/events/" + event.id);
        return new EventViews.NoticesSent(recipients.size());
    }

    /** The users an event is for; elected officials have no accounts (advisors register them as guests). */
    Set<String> audience(Event event) {
        Set<String> subjects = new LinkedHashSet<>();
        List<UserProfile> users = people.users();
        switch (event.audience) {
            case ALL -> users.stream().filter(u -> !controllerOnly(u)).forEach(u -> subjects.add(u.subject));
            case UNITS -> {
                Set<String> codes = new LinkedHashSet<>();
                event.audienceUnits.forEach(id -> {
                    Unit unit = Unit.findById(id);
                    if (unit != null) {
                        codes.add(unit.code);
                    }
                });
                users.stream().filter(u -> u.units != null
                        && Arrays.stream(u.units.split(",")).map(String::trim).anyMatch(codes::contains))
                        .forEach(u -> subjects.add(u.subject));
            }
            case NETWORK -> subjects.addAll(network.userSubjects());
            case ELECTED_OFFICIALS -> {
            }
        }
        return subjects;
    }

    private static boolean controllerOnly(UserProfile u) {
        return u.roles != null && u.roles.trim().equals("controller");
    }
}
