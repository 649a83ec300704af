package se.sodertalje.euportal.application.comment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.audit.Actor;

/** A comment as shown in the thread. */
@Schema(requiredProperties = {"id", "internal", "body", "author", "writtenAt"})
public record CommentView(UUID id, boolean internal, String body, Actor author, Instant writtenAt) {

    static CommentView of(Comment c) {
        return new CommentView(c.id, c.internal, c.body, new Actor(c.authorSubject, c.authorName), c.writtenAt);
    }
}
