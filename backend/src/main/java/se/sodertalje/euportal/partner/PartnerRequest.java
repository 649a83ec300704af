package se.sodertalje.euportal.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or replace a partner organisation. */
public record PartnerRequest(
        @NotBlank @Size(max = 300) @Schema(description = "Legal name in the original language") String legalName,
        @Size(max = 300) String englishName,
        @NotNull @Schema(description = "ISO 3166-1 alpha-2, e.g. FI", examples = "FI") String country,
        @Size(max = 200) String region,
        @Size(max = 200) String city,
        @NotNull OrganisationType type,
        @Schema(description = "Participant Identification Code: 9 digits", examples = "999886574") String pic,
        @Schema(description = "VAT number with its country prefix, e.g. SE212000018101") String vatNumber,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://")
        String website,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> expertise,
        @Schema(description = "ISO 639-1 codes, e.g. sv, en, fi")
        @Size(max = 30) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code") String> languages,
        @Size(max = 20000) String description,
        @Size(max = 50) List<@Valid @NotNull PartnerContact> contacts,
        Boolean twinTown,
        @Schema(description = "Networks the organisation takes part in, e.g. EFFEKNET")
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> networks) {
}
