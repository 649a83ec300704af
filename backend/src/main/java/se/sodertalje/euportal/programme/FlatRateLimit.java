package se.sodertalje.euportal.programme;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A flat rate a programme or call allows, up to a maximum percentage. */
public record FlatRateLimit(@NotNull FlatRateType type, @NotNull BigDecimal maxPercent) {
}
