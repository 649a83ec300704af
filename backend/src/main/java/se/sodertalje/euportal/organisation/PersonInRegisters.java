package se.sodertalje.euportal.organisation;

import java.util.List;
import java.util.UUID;
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
}
