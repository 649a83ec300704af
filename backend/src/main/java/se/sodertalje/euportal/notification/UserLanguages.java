package se.sodertalje.euportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.CurrentUser;

/**
 * Each user's language, set by the SPA's language switch: the server writes notices, e-mails and digests
 * to the user in it, and it is their exports' default. Swedish until the user chooses.
 */
@ApplicationScoped
public class UserLanguages {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The user's language; Swedish for one who never chose (or is unknown). */
    public Language of(String subject) {
        return stored(subject).orElse(Language.SV);
    }

    public LanguageView mine() {
        Optional<Language> stored = stored(user.subject());
        return new LanguageView(stored.orElse(Language.SV), stored.isPresent());
    }

    @Transactional
    public LanguageView setMine(LanguageChoice choice) {
        if (choice == null) {
            throw ApiProblem.badRequest("The body must be {\"language\": \"SV\" or \"EN\"}");
        }
        if (choice.language() == null) {
            throw ApiProblem.invalid(List.of(new FieldError("language", "must not be null", ProblemCode.NOT_NULL)));
        }
        em.createNativeQuery("""
                insert into user_language (user_subject, language, updated_at) values (:subject, :language, :now)
                on conflict (user_subject) do update set language = excluded.language, updated_at = excluded.updated_at
                """)
                .setParameter("subject", user.subject()).setParameter("language", choice.language().name())
                .setParameter("now", clock.instant()).executeUpdate();
        return mine();
    }

    private Optional<Language> stored(String subject) {
        List<?> rows = em.createNativeQuery("select language from user_language where user_subject = :s")
                .setParameter("s", subject).getResultList();
        return rows.stream().findFirst().map(value -> Language.valueOf((String) value));
    }
}
