package se.sodertalje.euportal.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A step of the workflow with what it records: a comment, the funder's reference and dates, the decision. */
public record TransitionRequest(
        @NotNull TransitionAction action,
        @Size(max = 5000) String comment,
        @Size(max = 100) String funderReference,
        LocalDate submittedOn,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2) BigDecimal grantedAmount,
        @Size(max = 5000) String rejectionReason,
        LocalDate decisionOn) {
}
