package se.sodertalje.euportal.externalnetwork;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An external network as created or replaced. */
@Schema(name = "ExternalNetworkRequest", requiredProperties = {"name"})
public record NetworkRequest(@NotBlank @Size(max = 200) String name,
        @Size(max = 10000) @Schema(nullable = true) String description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") @Schema(nullable = true) String website,
        @Size(max = 100) @Schema(nullable = true) List<@Valid @NotNull NetworkMember> members) {
}
