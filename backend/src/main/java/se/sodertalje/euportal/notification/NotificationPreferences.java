package se.sodertalje.euportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.CurrentUser;

/** Each user's delivery per reminder kind; a kind without a stored choice gets {@link Delivery#DEFAULT}. */
@ApplicationScoped
public class NotificationPreferences {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The caller's choices, one per reminder kind, in the enum's order. */
    public List<PreferenceView> mine() {
        Map<NotificationKind, Delivery> stored = stored(user.subject());
        return NotificationKind.CHOOSABLE.stream().sorted(Comparator.naturalOrder())
                .map(kind -> new PreferenceView(kind, stored.getOrDefault(kind, Delivery.DEFAULT))).toList();
    }

    /** Stores the given kinds' choices (kinds left out keep theirs) and answers all of the caller's. */
    @Transactional
    public List<PreferenceView> replaceMine(List<PreferenceView> preferences) {
        validate(preferences);
        for (PreferenceView preference : preferences) {
            em.createNativeQuery("""
                    insert into notification_preference (user_subject, kind, delivery, updated_at)
                    values (:subject, :kind, :delivery, :now)
                    on conflict (user_subject, kind) do update set delivery = excluded.delivery,
                        updated_at = excluded.updated_at
                    """)
                    .setParameter("subject", user.subject()).setParameter("kind", preference.kind().name())
                    .setParameter("delivery", preference.delivery().name()).setParameter("now", clock.instant())
                    .executeUpdate();
        }
        return mine();
    }

    /** The delivery the user chose for the kind, or the default. */
    public Delivery of(String subject, NotificationKind kind) {
        return stored(subject).getOrDefault(kind, Delivery.DEFAULT);
    }

    private Map<NotificationKind, Delivery> stored(String subject) {
        Map<NotificationKind, Delivery> stored = new EnumMap<>(NotificationKind.class);
        List<?> rows = em.createNativeQuery(
                "select kind, delivery from notification_preference where user_subject = :s")
                .setParameter("s", subject).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            stored.put(NotificationKind.valueOf((String) cells[0]), Delivery.valueOf((String) cells[1]));
        }
        return stored;
    }

    private static void validate(List<PreferenceView> preferences) {
        if (preferences == null) {
            throw ApiProblem.badRequest("The body must be a list of {kind, delivery}");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<NotificationKind> seen = EnumSet.noneOf(NotificationKind.class);
        for (int i = 0; i < preferences.size(); i++) {
            PreferenceView preference = preferences.get(i);
            String at = "[" + i + "]";
            if (preference == null) {
                errors.add(new FieldError(at, "must not be null", ProblemCode.NOT_NULL));
                continue;
            }
            if (preference.kind() == null) {
                errors.add(new FieldError(at + ".kind", "must not be null", ProblemCode.NOT_NULL));
            } else if (!NotificationKind.CHOOSABLE.contains(preference.kind())) {
                errors.add(new FieldError(at + ".kind", "only these kinds have a delivery: "
                        + NotificationKind.CHOOSABLE.stream().sorted().toList(), ProblemCode.REMINDER_KIND));
            } else if (NotificationKind.STEPS.contains(preference.kind()) && preference.delivery() == Delivery.DIGEST) {
                errors.add(new FieldError(at + ".delivery", "a step's notice comes at once or only in the portal (OFF)",
                        ProblemCode.STEP_DELIVERY));
            } else if (!seen.add(preference.kind())) {
                errors.add(new FieldError(at + ".kind", "is listed twice", ProblemCode.UNIQUE));
            }
            if (preference.delivery() == null) {
                errors.add(new FieldError(at + ".delivery", "must not be null", ProblemCode.NOT_NULL));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
