package se.sodertalje.euportal.partner.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.security.CurrentUser;

/** Expressions of interest recorded against a partner search. */
@ApplicationScoped
public class InterestService {

    @Inject
    PartnerSearchService searches;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<InterestView> list(UUID searchId) {
        PartnerSearch search = searches.reachable(searchId);
        return PartnerInterest.<PartnerInterest>list("searchId = ?1 order by receivedOn, recordedAt, id", searchId).stream()
                .map(i -> view(search, i)).toList();
    }

    @Transactional
    public InterestView record(UUID searchId, InterestRequest request) {
        PartnerSearch search = searches.reachable(searchId);
        if (search.status == SearchStatus.CLOSED) {
            throw ApiProblem.conflict(ProblemCode.SEARCH_001, "The partner search is closed; reopen it to record interest");
        }
        if (PartnerOrganisation.findById(request.organisationId()) == null) {
            throw ApiProblem.invalid("organisationId", "no such organisation in the register", ProblemCode.EXISTS);
        }
        if (PartnerInterest.count("searchId = ?1 and organisationId = ?2", searchId, request.organisationId()) > 0) {
            throw ApiProblem.conflict(ProblemCode.SEARCH_002, "The organisation's interest in this search is already recorded");
        }
        PartnerInterest interest = new PartnerInterest();
        interest.searchId = searchId;
        interest.organisationId = request.organisationId();
        interest.proposedRole = request.proposedRole();
        interest.note = Text.blankToNull(request.note());
        interest.receivedOn = request.receivedOn();
        interest.recordedBySubject = user.subject();
        interest.recordedByName = user.displayName();
        interest.recordedAt = clock.instant();
        interest.persist();
        return view(search, interest);
    }

    @Transactional
    public void remove(UUID searchId, UUID interestId) {
        searches.reachable(searchId);
        if (PartnerInterest.delete("id = ?1 and searchId = ?2", interestId, searchId) == 0) {
            throw ApiProblem.notFound("Expression of interest " + interestId);
        }
    }

    private static InterestView view(PartnerSearch search, PartnerInterest i) {
        PartnerOrganisation organisation = PartnerOrganisation.findById(i.organisationId);
        boolean late = search.interestDeadline != null && i.receivedOn.isAfter(search.interestDeadline);
        return new InterestView(i.id, i.organisationId, organisation.legalName, organisation.country, i.proposedRole,
                i.note, i.receivedOn, late, new Actor(i.recordedBySubject, i.recordedByName), i.recordedAt);
    }
}
