package se.sodertalje.euportal.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import org.hibernate.envers.RevisionListener;
import se.sodertalje.euportal.security.CurrentUser;

/** Stamps each revision with the acting user; work without a request (start-up, demo data) is "system". */
public class ActorRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        revision.actorSubject = SYSTEM;
        revision.actorName = SYSTEM;
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<CurrentUser> handle = Arc.container().instance(CurrentUser.class)) {
            CurrentUser user = handle.get();
            if (user != null && user.isAuthenticated()) {
                revision.actorSubject = user.subject();
                revision.actorName = user.displayName();
            }
        }
    }
}
