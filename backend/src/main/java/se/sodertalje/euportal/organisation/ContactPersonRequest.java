package se.sodertalje.euportal.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a contact person. */
@Schema(name = "ContactPersonRequest")
public record ContactPersonRequest(
        @NotNull UUID unitId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]*$", message = "may contain only digits, spaces, +, - and parentheses")
        String phone,
        @NotEmpty @Size(max = 100) Set<@NotNull ContactRole> roles,
        LocalDate activeFrom,
        LocalDate activeTo) {
}
