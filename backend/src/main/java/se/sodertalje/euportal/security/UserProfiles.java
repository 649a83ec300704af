package se.sodertalje.euportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a profile per user refreshed from their token. Writes only when the token says something
 * new or the last write is older than {@link #REFRESH}, so reads do not turn into writes.
 */
@ApplicationScoped
public class UserProfiles {

    static final Duration REFRESH = Duration.ofMinutes(10);

    private record Seen(String fingerprint, Instant at) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public void touch(CurrentUser user) {
        String subject = user.subject();
        String units = String.join(",", user.unitCodes());
        String roles = String.join(",", user.roles());
        String fingerprint = String.join("|", user.username(), user.displayName(), String.valueOf(user.email()), units, roles);
        Instant now = clock.instant();
        Seen last = seen.get(subject);
        if (last != null && last.fingerprint().equals(fingerprint) && last.at().plus(REFRESH).isAfter(now)) {
            return;
        }
        save(subject, user.username(), user.displayName(), user.email(), units, roles, now);
        seen.put(subject, new Seen(fingerprint, now));
    }

    /** An upsert, so that two first requests of one user at once cannot collide. */
    @Transactional
    void save(String subject, String username, String name, String email, String units, String roles, Instant now) {
        em.createNativeQuery("""
                insert into app_user (subject, username, name, email, units, roles, first_seen, last_seen)
                values (:subject, :username, :name, :email, :units, :roles, :now, :now)
                on conflict (subject) do update set username = excluded.username, name = excluded.name,
                    email = excluded.email, units = excluded.units, roles = excluded.roles, last_seen = excluded.last_seen
                """)
                .setParameter("subject", subject).setParameter("username", username).setParameter("name", name)
                .setParameter("email", email).setParameter("units", units).setParameter("roles", roles)
                .setParameter("now", now).executeUpdate();
    }
}
