package se.sodertalje.euportal.organisation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person named, by e-mail, in a record of another feature: a twin town's contact person, an
 * external network's member. Exported and erased with the contact person of the same e-mail and
 * on their own by e-mail (GDPR art. 15 and 17). The features implement it, so that this package
 * depends on none of them.
 */
public interface PersonInRegisters {

    @Schema(name = "PersonInRegister", requiredProperties = {"register", "recordId", "recordName", "name"})
    record Entry(
            @Schema(type = SchemaType.STRING, enumeration = {"TWIN_TOWN_CONTACT", "EXTERNAL_NETWORK_MEMBER", "PARTNER_CONTACT"}) String register,
            @Schema(description = "The twin town or network") UUID recordId, String recordName, String name,
            @Schema(nullable = true) String role, @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {
    }

    /** The entries naming the e-mail (any case). */
    List<Entry> export(String email);

    /** Anonymises every entry naming the e-mail, in the record and its history. @return how many */
    int erase(String email);

    /** The e-mail as compared: trimmed, lower case; null for none. */
    static String normal(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** A list of people after an erasure, and how many of them were the person. */
    record Erased<T>(List<T> people, int count) {
    }

    /**
     * The people of one record with every entry of the e-mail (already {@link #normal}) replaced by its
     * anonymised form (the name {@link PersonalDataService#ERASED_NAME}, what says nothing about the person kept).
     */
    static <T> Erased<T> erase(List<T> people, String wanted, Function<T, String> email, UnaryOperator<T> anonymised) {
        List<T> kept = new ArrayList<>(people.size());
        int count = 0;
        for (T person : people) {
            boolean named = wanted.equals(normal(email.apply(person)));
            kept.add(named ? anonymised.apply(person) : person);
            count += named ? 1 : 0;
        }
        return new Erased<>(kept, count);
    }

    /**
     * Every earlier version of the register's records too, through the sanctioned rewrite of history (V85,
     * V120: the history keeps its rows, no longer the person). Flushes the records' own changes first.
     */
    static void eraseHistory(EntityManager em, String register, String wanted) {
        em.flush();
        em.createNativeQuery("select erase_email_in_history(:register, :email)").setParameter("register", register)
                .setParameter("email", wanted).getSingleResult();
    }
}
