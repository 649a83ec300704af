package se.sodertalje.euportal.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.common.Hashes;

/** What an application says, as it is frozen at submission. */
@Schema(requiredProperties = {"unitCode", "unitName", "title", "workPackages", "partners"})
public record ApplicationContent(
        String unitCode,
        String unitName,
        @Schema(nullable = true, implementation = String.class, format = "uuid") UUID callId,
        @Schema(nullable = true) String callIdentifier,
        @Schema(nullable = true) String callTitle,
        String title,
        @Schema(nullable = true) String acronym,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true) String objectives,
        List<WorkPackage> workPackages,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodStart,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate periodEnd,
        @Schema(description = "The partnership, lead partner first") List<Partner> partners) {

    /** Snapshots frozen before partnerships existed read as having none. */
    public ApplicationContent {
        partners = partners == null ? List.of() : partners;
    }

    /** An organisation of the partnership as submitted. */
    @Schema(name = "SubmittedPartner", requiredProperties = {"legalName", "country", "pic", "role"})
    public record Partner(String legalName, @Schema(nullable = true) String country, @Schema(nullable = true) String pic,
            String role) {
    }

    /** Sorted keys, ISO dates, no whitespace: the same content always gives the same text and hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public String canonicalJson() {
        try {
            return CANONICAL.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("application content cannot be written as JSON", e);
        }
    }

    public static ApplicationContent fromCanonicalJson(String json) {
        try {
            return CANONICAL.readValue(json, ApplicationContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored application content is not readable", e);
        }
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
