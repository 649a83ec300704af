package se.sodertalje.euportal.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's own assessment of the decision. */
@Schema(name = "EuDecisionAnswerRequest", requiredProperties = {"assessment"})
public record AnswerRequest(@NotBlank @Size(max = 10000) String assessment) {
}
