package se.sodertalje.euportal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.CurrentUser;

/** Export and erasure of a contact person's personal data (GDPR art. 15 and 17). */
@ApplicationScoped
public class PersonalDataService {

    /** What an erased person's name becomes, in the record and in every earlier version of it. */
    public static final String ERASED_NAME = "Erased person";

    @Inject
    EntityManager em;

    @Inject
    ContactPersonService contacts;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    GuestRegistrations guests;

    /** Twin towns' contacts, external networks' members. */
    @Inject
    Instance<PersonInRegisters> registers;

    public PersonalDataExport export(UUID id) {
        ContactPerson person = contacts.reachable(id);
        var erasures = ErasureLog.<ErasureLog>list("entityType = ?1 and entityId = ?2 order by erasedAt", "contact_person", id)
                .stream().map(e -> new PersonalDataExport.Erasure(e.erasedAt, e.erasedByName)).toList();
        return new PersonalDataExport(clock.instant(), contacts.view(person), contacts.history(id), erasures,
                guests.export(person.email), inRegisters(person.email));
    }

    /**
     * The export as a page the person can read, in their language: {@code lang} (sv or en) wins; otherwise the
     * language the person chose in the portal, when they sign in with the contact person's e-mail; else Swedish.
     */
    public ReadablePersonalData readable(UUID id, String lang) {
        Language language = language(lang);
        PersonalDataExport data = export(id);
        if (language == null) {
            language = storedLanguage(data.contactPerson().email());
        }
        return new ReadablePersonalData(PersonalDataPage.render(data, language), language);
    }

    /**
     * What is held under an e-mail as a page the person can read: {@code lang} wins; otherwise the language of the
     * portal user with that e-mail, if there is one; else Swedish.
     */
    public ReadablePersonalData readable(String email, String lang) {
        Language chosen = language(lang);
        Language language = chosen == null ? storedLanguage(email) : chosen;
        return new ReadablePersonalData(PersonalDataPage.render(export(email), language), language);
    }

    /** The page and its language (for the file's name). */
    public record ReadablePersonalData(String html, Language language) {
    }

    private static Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return switch (lang.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sv" -> Language.SV;
            case "en" -> Language.EN;
            default -> throw ApiProblem.invalid(List.of(new FieldError("lang", "must be sv or en", ProblemCode.PATTERN)));
        };
    }

    private Language storedLanguage(String email) {
        if (email == null) {
            return Language.SV;
        }
        List<?> rows = em.createNativeQuery("select l.language from user_language l join app_user u on "
                + "u.subject = l.user_subject where lower(u.email) = lower(:email) order by u.last_seen desc limit 1")
                .setParameter("email", email.trim()).getResultList();
        return rows.isEmpty() ? Language.SV : Language.valueOf((String) rows.get(0));
    }

    /** Where twin towns and external networks name the e-mail, by register, record and name. */
    public List<PersonInRegisters.Entry> inRegisters(String email) {
        List<PersonInRegisters.Entry> entries = new ArrayList<>();
        registers.forEach(register -> entries.addAll(register.export(email)));
        entries.sort(java.util.Comparator.comparing(PersonInRegisters.Entry::register)
                .thenComparing(PersonInRegisters.Entry::recordName).thenComparing(PersonInRegisters.Entry::name));
        return entries;
    }

    /** Anonymises the e-mail's entries in twin towns and external networks. @return how many */
    @Transactional
    public int eraseInRegisters(String email) {
        int erased = 0;
        for (PersonInRegisters register : registers) {
            erased += register.erase(email);
        }
        return erased;
    }

    /**
     * The e-mail in the addresses the export log recorded (an export by e-mail names it), replaced by "erased"
     * through the owner's function (V122): the rows stay, so that a file was handed out, and to whom, is kept.
     * @return the rows rewritten
     */
    private int eraseInExportLog(String email) {
        if (email == null || email.isBlank()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select erase_email_in_export_log(:email)").setParameter("email", email)
                .getSingleResult()).intValue();
    }

    /** Everything held under an e-mail of someone in no register (GDPR art. 15): guest registrations and entries. */
    public EmailPersonalData export(String email) {
        return new EmailPersonalData(clock.instant(), email.trim(), guests.export(email), inRegisters(email));
    }

    /**
     * Erases everything held under an e-mail (GDPR art. 17). The erasure log records that it happened and by whom,
     * under an id of its own: never the e-mail, nor anything derived from it.
     */
    @Transactional
    public EmailPersonalData.Erased erase(String email) {
        int registrations = guests.erase(email);
        int entries = eraseInRegisters(email);
        int exports = eraseInExportLog(email);
        if (registrations + entries + exports > 0) {
            ErasureLog log = new ErasureLog();
            log.entityType = "email";
            log.entityId = UUID.randomUUID();
            log.erasedAt = clock.instant();
            log.erasedBySubject = user.subject();
            log.erasedByName = user.displayName();
            log.persist();
        }
        return new EmailPersonalData.Erased(registrations, entries);
    }

    /**
     * Anonymises the person in place and in every audited version. The erasure itself becomes a new
     * revision by the acting admin, and the erasure log keeps that it happened.
     */
    @Transactional
    public ContactPersonView erase(UUID id) {
        ContactPerson person = contacts.reachable(id);
        if (person.erased) {
            throw ApiProblem.conflict(ProblemCode.CONTACT_003, "The person's data has already been erased");
        }
        // The same person registered for events as a guest (by e-mail) is erased there too.
        guests.erase(person.email);
        eraseInRegisters(person.email);
        // Every e-mail the person has had, since an export by e-mail may predate a change of address.
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("select distinct email from contact_person_aud where id = :id"
                + " and email is not null").setParameter("id", id).getResultList();
        java.util.Set<String> everHeld = new java.util.HashSet<>(emails);
        if (person.email != null) {
            everHeld.add(person.email);
        }
        everHeld.forEach(this::eraseInExportLog);
        person.name = ERASED_NAME;
        person.title = null;
        person.email = null;
        person.phone = null;
        person.erased = true;
        em.flush();
        // Every earlier version too, through the one sanctioned rewrite of history (V85): the runtime role may
        // not update the audit tables itself.
        em.createNativeQuery("select erase_contact_person_history(:id)").setParameter("id", id).getSingleResult();

        ErasureLog log = new ErasureLog();
        log.entityType = "contact_person";
        log.entityId = id;
        log.erasedAt = clock.instant();
        log.erasedBySubject = user.subject();
        log.erasedByName = user.displayName();
        log.persist();
        em.flush();
        return contacts.view(person);
    }
}
