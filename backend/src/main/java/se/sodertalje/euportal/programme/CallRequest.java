package se.sodertalje.euportal.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a call. */
public record CallRequest(
        @NotNull UUID programmeId,
        @NotBlank @Size(max = 100) String identifier,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20000) String description,
        @Size(max = 100) String actionType,
        OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        @NotBlank @Schema(description = "IANA zone the deadline is stated in", examples = "Europe/Brussels") String timeZone,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal budget,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal grantMin,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal grantMax,
        @Min(0) Integer expectedGrants,
        @Min(1) @Schema(description = "Most partners an application may have, the lead partner counted; omit for no cap")
        Integer maxPartners,
        @Size(max = 100) Set<@NotNull ApplicantType> eligibleApplicantTypes,
        @Size(max = 1000) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting with http:// or https://")
        @Schema(description = "The call's page at the funder; http(s) only") String url,
        @Valid @Schema(description = "The call's narrowing of the programme's rules; omit to use the programme's")
        RuleSet rules) {
}
