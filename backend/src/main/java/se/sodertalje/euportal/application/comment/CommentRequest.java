package se.sodertalje.euportal.application.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new comment; {@code internal} makes it a note for the International Office only. */
public record CommentRequest(@NotBlank @Size(max = 10000) String body, boolean internal) {
}
