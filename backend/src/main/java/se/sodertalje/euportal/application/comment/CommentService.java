package se.sodertalje.euportal.application.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;

/** The comment thread of an application; internal notes stay within the International Office and audit. */
@ApplicationScoped
public class CommentService {

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<CommentView> list(UUID applicationId) {
        applications.reachable(applicationId);
        String query = readsInternalNotes() ? "applicationId = ?1 order by writtenAt, id"
                : "applicationId = ?1 and internal = false order by writtenAt, id";
        return Comment.<Comment>list(query, applicationId).stream().map(CommentView::of).toList();
    }

    @Transactional
    public CommentView add(UUID applicationId, CommentRequest request) {
        applications.reachable(applicationId);
        if (request.internal() && !user.hasRole(Roles.ADVISOR)) {
            throw new ApiProblem(403, ProblemCode.COMMENT_001, "Forbidden", "Only the International Office writes internal notes", null);
        }
        Comment comment = new Comment();
        comment.applicationId = applicationId;
        comment.internal = request.internal();
        comment.body = request.body().strip();
        comment.authorSubject = user.subject();
        comment.authorName = user.displayName();
        comment.writtenAt = clock.instant();
        comment.persist();
        return CommentView.of(comment);
    }

    private boolean readsInternalNotes() {
        return user.hasRole(Roles.ADVISOR) || user.hasRole(Roles.AUDITOR) || user.hasRole(Roles.ADMIN);
    }
}
