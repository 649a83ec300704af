package se.sodertalje.euportal.network;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.organisation.ContactPerson;
import se.sodertalje.euportal.organisation.ContactRole;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.security.UserProfile;

/**
 * The directory of the EU project managers' network, built from what the portal knows: everyone who
 * is an EU project manager by contact role (active today, not erased) or on the team (author or
 * member) of a running project. Contact persons and users are one person when their e-mails match
 * (case-insensitive); each person's projects, programmes and themes come from every project they
 * are on the team of.
 */
@ApplicationScoped
public class NetworkService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    public record NetworkFilter(String q, UUID unitId, UUID programmeId, String theme, Boolean running) {
    }

    private record ProjectRow(UUID id, String label, boolean running, UUID unitId, UUID programmeId, String programme,
            List<String> topics) {
    }

    /** A person while the directory is built. */
    private static final class Person {
        String name;
        String email;
        String subject;
        final Set<NetworkMember.Source> sources = EnumSet.noneOf(NetworkMember.Source.class);
        final Set<UUID> units = new LinkedHashSet<>();
        final Map<UUID, ProjectRow> projects = new LinkedHashMap<>();
    }

    public List<NetworkMember> directory(NetworkFilter filter) {
        Map<String, List<ProjectRow>> projectsBySubject = projectsBySubject();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, UserProfile> usersByEmail = new HashMap<>();
        Map<String, UserProfile> usersBySubject = new HashMap<>();
        for (UserProfile profile : UserProfile.<UserProfile>listAll()) {
            if (profile.isServiceAccount()) {
                continue;
            }
            usersBySubject.put(profile.subject, profile);
            if (profile.email != null && !profile.email.isBlank()) {
                usersByEmail.putIfAbsent(normal(profile.email), profile);
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (ContactPerson contact : ContactPerson.<ContactPerson>list("erased = false order by name, id")) {
            if (!contact.roles.contains(ContactRole.EU_PROJECT_MANAGER) || !contact.period().covers(today)) {
                continue;
            }
            String key = contact.email == null || contact.email.isBlank() ? "contact:" + contact.id : normal(contact.email);
            Person person = people.computeIfAbsent(key, k -> new Person());
            person.name = person.name == null ? contact.name : person.name;
            person.email = person.email == null ? contact.email : person.email;
            person.sources.add(NetworkMember.Source.CONTACT_ROLE);
            person.units.add(contact.unitId);
            UserProfile user = contact.email == null ? null : usersByEmail.get(normal(contact.email));
            if (user != null) {
                person.subject = user.subject;
            }
        }
        for (Map.Entry<String, List<ProjectRow>> entry : projectsBySubject.entrySet()) {
            UserProfile user = usersBySubject.get(entry.getKey());
            if (user == null || entry.getValue().stream().noneMatch(ProjectRow::running)) {
                continue;
            }
            String key = user.email == null || user.email.isBlank() ? "user:" + user.subject : normal(user.email);
            Person person = people.computeIfAbsent(key, k -> new Person());
            person.subject = user.subject;
            person.name = person.name == null ? user.name : person.name;
            person.email = person.email == null ? user.email : person.email;
            person.sources.add(NetworkMember.Source.PROJECT_TEAM);
        }
        Map<String, UUID> unitIdsByCode = new HashMap<>();
        Map<UUID, Unit> units = new HashMap<>();
        for (Unit unit : Unit.<Unit>listAll()) {
            unitIdsByCode.put(unit.code, unit.id);
            units.put(unit.id, unit);
        }
        List<NetworkMember> members = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.subject != null) {
                UserProfile user = usersBySubject.get(person.subject);
                if (user != null && user.units != null) {
                    for (String code : user.units.split(",")) {
                        UUID unitId = unitIdsByCode.get(code.trim());
                        if (unitId != null) {
                            person.units.add(unitId);
                        }
                    }
                }
                for (ProjectRow project : projectsBySubject.getOrDefault(person.subject, List.of())) {
                    person.projects.putIfAbsent(project.id(), project);
                    if (project.unitId() != null) {
                        person.units.add(project.unitId());
                    }
                }
            }
            NetworkMember member = member(person, units);
            if (matches(member, person, filter)) {
                members.add(member);
            }
        }
        members.sort(Comparator.comparing((NetworkMember m) -> m.name() == null ? "" : m.name().toLowerCase(Locale.ROOT))
                .thenComparing(m -> m.email() == null ? "" : m.email()));
        return members;
    }

    /** One page of the directory (built whole, then cut), by name; {@code -name} reverses it. */
    public Page<NetworkMember> page(PageParams paging, NetworkFilter filter) {
        List<NetworkMember> all = new ArrayList<>(directory(filter));
        String sort = paging.sort == null || paging.sort.isBlank() ? "name" : paging.sort.trim();
        if ("-name".equals(sort)) {
            java.util.Collections.reverse(all);
        } else if (!"name".equals(sort)) {
            throw ApiProblem.invalid("sort", "cannot sort by '" + sort + "'; allowed: name", ProblemCode.SORT);
        }
        int from = Math.min(paging.firstResult(), all.size());
        int to = (int) Math.min((long) from + paging.maxResults(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), paging.page, paging.size, all.size());
    }

    /** The portal users in the network (for invitations to its meetings). */
    public Set<String> userSubjects() {
        Set<String> subjects = new LinkedHashSet<>();
        directory(new NetworkFilter(null, null, null, null, null)).forEach(m -> {
            if (m.userSubject() != null) {
                subjects.add(m.userSubject());
            }
        });
        return subjects;
    }

    private static NetworkMember member(Person person, Map<UUID, Unit> units) {
        List<String> unitNames = new ArrayList<>();
        List<UUID> unitIds = new ArrayList<>();
        for (UUID id : person.units) {
            Unit unit = units.get(id);
            if (unit != null) {
                unitNames.add(unit.code + " " + unit.name);
                unitIds.add(id);
            }
        }
        List<String> running = new ArrayList<>();
        List<String> past = new ArrayList<>();
        Set<String> programmes = new TreeSet<>();
        Set<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ProjectRow project : person.projects.values()) {
            (project.running() ? running : past).add(project.label());
            if (project.programme() != null) {
                programmes.add(project.programme());
            }
            themes.addAll(project.topics());
        }
        return new NetworkMember(person.name, person.email, person.subject, List.copyOf(person.sources), unitNames, unitIds,
                running, past, List.copyOf(programmes), List.copyOf(themes));
    }

    private static boolean matches(NetworkMember member, Person person, NetworkFilter filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().trim().toLowerCase(Locale.ROOT);
            boolean hit = (member.name() != null && member.name().toLowerCase(Locale.ROOT).contains(q))
                    || (member.email() != null && member.email().toLowerCase(Locale.ROOT).contains(q));
            if (!hit) {
                return false;
            }
        }
        if (filter.unitId() != null && !member.unitIds().contains(filter.unitId())) {
            return false;
        }
        if (filter.programmeId() != null
                && person.projects.values().stream().noneMatch(p -> filter.programmeId().equals(p.programmeId()))) {
            return false;
        }
        if (filter.theme() != null && !filter.theme().isBlank()
                && member.themes().stream().noneMatch(t -> t.equalsIgnoreCase(filter.theme().trim()))) {
            return false;
        }
        if (filter.running() != null && filter.running() == member.runningProjects().isEmpty()) {
            return false;
        }
        return true;
    }

    /** Every project with the subjects of its team: the application's author and its members. */
    private Map<String, List<ProjectRow>> projectsBySubject() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, coalesce(p.acronym, p.title), p.title, p.status, p.unit_id, g.id, g.name,
                       cast(c.topics as text), t.subject
                from project p
                join application a on a.id = p.application_id
                join (select id as application_id, created_by_subject as subject from application
                      union select application_id, user_subject from application_team_member) t
                  on t.application_id = a.id
                left join funding_call c on c.id = p.call_id
                left join programme g on g.id = c.programme_id
                order by p.period_start nulls last, p.title, p.id
                """).getResultList();
        Map<String, List<ProjectRow>> bySubject = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String acronym = (String) row[1];
            String title = (String) row[2];
            String label = acronym.equals(title) ? title : acronym + " – " + title;
            ProjectRow project = new ProjectRow((UUID) row[0], label, "RUNNING".equals(row[3]), (UUID) row[4],
                    (UUID) row[5], (String) row[6], topics((String) row[7]));
            bySubject.computeIfAbsent((String) row[8], k -> new ArrayList<>()).add(project);
        }
        return bySubject;
    }

    private List<String> topics(String column) {
        if (column == null) {
            return List.of();
        }
        try {
            return json.readValue(column, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            return List.of();
        }
    }

    private static String normal(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
