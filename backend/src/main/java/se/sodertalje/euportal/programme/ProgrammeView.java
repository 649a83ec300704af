package se.sodertalje.euportal.programme;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as the API shows it. */
@Schema(requiredProperties = {"id", "code", "fund", "name", "managingAuthority", "rules", "version"})
public record ProgrammeView(
        UUID id,
        String code,
        Fund fund,
        String name,
        @Schema(nullable = true) String managingAuthority,
        RuleSet rules,
        long version) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id, programme.code, programme.fund, programme.name,
                programme.managingAuthority, programme.rules, programme.version);
    }
}
