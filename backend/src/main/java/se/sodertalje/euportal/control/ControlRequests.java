package se.sodertalje.euportal.control;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.programme.CostCategory;

/** What the control's endpoints take. */
public final class ControlRequests {

    private ControlRequests() {
    }

    @Schema(name = "ControlDrawRequest", requiredProperties = {"method"},
            description = "RANDOM: size and (optionally) seed; LARGEST: size; CATEGORY: category; SUPPLIER: supplier; "
                    + "MANUAL: expenditureIds")
    public record Draw(@NotNull SampleMethod method,
            @Min(1) @Max(20000) @Schema(nullable = true) Integer size,
            @Schema(nullable = true, description = "RANDOM: the seed; one is drawn and recorded when left out") Long seed,
            @Schema(nullable = true, implementation = CostCategory.class) CostCategory category,
            @Size(max = 255) @Schema(nullable = true) String supplier,
            @Size(max = 20000) @Schema(nullable = true) List<UUID> expenditureIds) {
    }

    @Schema(name = "ControlDecisionRequest", requiredProperties = {"decision"})
    public record DecisionRequest(@NotNull Decision decision,
            @DecimalMin(value = "0.01") @Digits(integer = 13, fraction = 2)
            @Schema(nullable = true, description = "DEDUCTED: the amount not eligible, in the line's currency")
            BigDecimal deductedAmount,
            @Size(max = 40) @Schema(nullable = true, description = "DEDUCTED: the error type's code") String errorType,
            @Size(max = 4000) @Schema(nullable = true, description = "Required to deduct or park") String comment) {
    }

    @Schema(name = "ControlTextRequest")
    public record Texts(@Size(max = 8000) @Schema(nullable = true) String findings,
            @Size(max = 8000) @Schema(nullable = true) String followUpPrevious,
            @Size(max = 8000) @Schema(nullable = true) String followUpNext,
            @Size(max = 8000) @Schema(nullable = true) String conclusion) {
    }

    @Schema(name = "ControlTransitionRequest", requiredProperties = {"action"})
    public record Transition(@NotNull ControlAction action,
            @Size(max = 4000) @Schema(nullable = true, description = "REOPEN: why") String comment) {
    }

    @Schema(name = "ClarificationRequest", requiredProperties = {"question"})
    public record Ask(@NotBlank @Size(max = 4000) String question,
            @Schema(nullable = true, implementation = String.class, format = "date") LocalDate dueOn,
            @Schema(nullable = true, implementation = String.class, format = "uuid") UUID expenditureId) {
    }

    @Schema(name = "ClarificationAnswer", requiredProperties = {"answer"})
    public record Answer(@NotBlank @Size(max = 8000) String answer) {
    }

    @Schema(name = "ControllerAppointment", requiredProperties = {"subject"})
    public record Appoint(@NotBlank @Size(max = 255) String subject) {
    }

    @Schema(name = "ControlErrorTypeRequest", requiredProperties = {"code", "nameSv", "nameEn"})
    public record ErrorTypeRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") String code,
            @NotBlank @Size(max = 200) String nameSv, @NotBlank @Size(max = 200) String nameEn,
            @Schema(nullable = true) Boolean active, @Schema(nullable = true) Integer sortOrder) {
    }

    @Schema(name = "FunderCorrectionLine", requiredProperties = {"partnerId", "category", "amount", "reason"})
    public record CorrectionLine(@NotNull UUID partnerId, @NotNull CostCategory category,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "FunderCorrectionsRequest", requiredProperties = {"corrections"})
    public record Corrections(@NotNull @Size(max = 200) List<@NotNull @jakarta.validation.Valid CorrectionLine> corrections) {
    }
}
