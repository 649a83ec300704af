package se.sodertalje.euportal.library;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.report.ResultPart;

/** Which parts of a library entry the unit keeps internal. */
@Schema(requiredProperties = {"internalParts"})
public record VisibilityRequest(@NotNull @Size(max = 6) List<@NotNull ResultPart> internalParts) {
}
