package se.sodertalje.euportal.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a programme. */
public record ProgrammeRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                message = "may contain letters, digits, '.', '-' and '_'") String code,
        @NotNull Fund fund,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String managingAuthority,
        @NotNull @Valid RuleSet rules) {
}
