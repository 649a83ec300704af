package se.sodertalje.euportal.programme;

import se.sodertalje.euportal.common.bounds.Percent;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A flat rate a programme or call allows, up to a maximum percentage. */
public record FlatRateLimit(@NotNull FlatRateType type, @NotNull @Percent BigDecimal maxPercent) {
}
