package se.sodertalje.euportal.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.organisation.ContactPerson;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Who may act next, by name: a unit's international coordinators (the contact persons registered
 * with that role, and the users with the coordinator role in the unit, matched by e-mail), the
 * International Office's advisors, and an application's team (author and members). Known users come
 * from the profiles of those who have used the portal; service accounts (the integration clients)
 * are never people.
 */
@ApplicationScoped
public class People {

    /** Named up to this many; more are counted, not listed (a long list helps nobody pick). */
    public static final int FEW = 5;

    @Inject
    Clock clock;

    @Inject
    ApplicationTeams teams;

    /** People listed, and how many more there are. */
    public record Named(List<Person> people, int others) {

        public static Named of(Collection<Person> all) {
            List<Person> list = List.copyOf(all);
            return list.size() <= FEW ? new Named(list, 0) : new Named(List.of(), list.size());
        }
    }

    public static boolean isServiceAccount(UserProfile profile) {
        return profile.isServiceAccount();
    }

    /** The users who have used the portal, service accounts left out. */
    public List<UserProfile> users() {
        return UserProfile.<UserProfile>list("order by name, subject").stream().filter(p -> !isServiceAccount(p)).toList();
    }

    public List<Person> advisors() {
        return users().stream().filter(p -> hasRole(p.roles, Roles.ADVISOR)).map(People::person).toList();
    }

    /** The unit's coordinators: registered contact persons first, joined with the users by e-mail. */
    public List<Person> coordinators(UUID unitId) {
        Unit unit = Unit.findById(unitId);
        LocalDate today = LocalDate.now(clock);
        Map<String, Person> byKey = new LinkedHashMap<>();
        List<UserProfile> users = users().stream()
                .filter(p -> Roles.coordinates(unit.code, p.units, p.roles)).toList();
        for (ContactPerson contact : ContactPerson.<ContactPerson>list("unitId = ?1 order by name", unitId)) {
            if (contact.isActiveCoordinatorOn(today)) {
                UserProfile user = users.stream().filter(u -> sameEmail(u.email, contact.email)).findFirst().orElse(null);
                byKey.put(key(contact.email, contact.name), new Person(user == null ? null : user.subject, contact.name,
                        contact.email));
            }
        }
        for (UserProfile user : users) {
            byKey.putIfAbsent(key(user.email, user.subject), person(user));
        }
        return new ArrayList<>(byKey.values());
    }

    /** An application's author and team members who have used the portal. */
    public List<Person> team(UUID applicationId, String authorSubject) {
        Map<String, Person> bySubject = new LinkedHashMap<>();
        List<String> subjects = new ArrayList<>();
        subjects.add(authorSubject);
        subjects.addAll(teams.memberSubjects(applicationId));
        for (String subject : subjects) {
            UserProfile profile = subject == null ? null : UserProfile.findById(subject);
            if (profile != null && !isServiceAccount(profile)) {
                bySubject.putIfAbsent(subject, person(profile));
            }
        }
        return new ArrayList<>(bySubject.values());
    }

    private static Person person(UserProfile profile) {
        return new Person(profile.subject, profile.name, profile.email);
    }

    private static boolean sameEmail(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static String key(String email, String fallback) {
        return email == null || email.isBlank() ? "#" + fallback : email.trim().toLowerCase(Locale.ROOT);
    }

    /** @param roles as app_user stores them, comma-separated */
    private static boolean hasRole(String roles, String role) {
        return roles != null && Arrays.stream(roles.split(",")).map(String::trim).anyMatch(role::equals);
    }
}
