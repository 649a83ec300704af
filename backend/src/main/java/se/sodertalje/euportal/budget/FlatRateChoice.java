package se.sodertalje.euportal.budget;

import se.sodertalje.euportal.common.bounds.Percent;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import se.sodertalje.euportal.programme.FlatRateType;

/** A flat rate a partner uses, at a percentage within what the call allows. */
public record FlatRateChoice(@NotNull FlatRateType type, @NotNull @Percent BigDecimal percent) {
}
