package se.sodertalje.euportal.project;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of a project's lifecycle. */
@Schema(requiredProperties = {"action"})
public record ProjectTransitionRequest(@NotNull ProjectAction action) {
}
