package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;

/** Records an idea's EU-funding screening (policy 2.d.iii) as a change of the idea itself. */
@ApplicationScoped
public class ScreeningService {

    @Inject
    EntityManager em;

    @Inject
    IdeaService ideas;

    @Inject
    IdeaViews views;

    @Inject
    FundingReferences funding;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public IdeaView screen(UUID ideaId, String ifMatch, ScreeningRequest request) {
        Idea idea = ideas.reachable(ideaId);
        ETags.requireMatch(ifMatch, idea.version);
        ideas.requireOpen(idea);
        List<FieldError> errors = new ArrayList<>(ScreeningRules.check(request));
        errors.addAll(funding.unknown(request.programmeIdsOrEmpty(), request.callIdsOrEmpty()));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        idea.investigated = request.investigated();
        idea.outcome = request.outcome();
        idea.reason = request.reason().trim();
        replace(idea.programmeIds, request.programmeIdsOrEmpty());
        replace(idea.callIds, request.callIdsOrEmpty());
        idea.screenedBySubject = user.subject();
        idea.screenedByName = user.displayName();
        idea.screenedAt = clock.instant();
        em.flush();
        return views.of(idea);
    }

    /** Changes the collection in place, so Hibernate writes only the difference. */
    private static void replace(Set<UUID> current, List<UUID> wanted) {
        LinkedHashSet<UUID> target = new LinkedHashSet<>(wanted);
        current.retainAll(target);
        current.addAll(target);
    }
}
