package se.sodertalje.euportal.partner.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationContent;
import se.sodertalje.euportal.application.ApplicationWorkflow;
import se.sodertalje.euportal.application.PartnershipOfApplication;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.partner.search.PartnerSearch;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.security.CurrentUser;

/** An application's partnership: organisations of the register with their roles (see {@link PartnershipRules}). */
@ApplicationScoped
public class PartnershipService implements PartnershipOfApplication {

    @Inject
    ApplicationAccess applications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    HistoryReader historyReader;

    public List<PartnerMemberView> list(UUID applicationId) {
        applications.reachable(applicationId);
        return members(applicationId).stream().map(PartnershipService::view).toList();
    }

    @Transactional
    public PartnerMemberView add(UUID applicationId, PartnerMemberRequest request) {
        Application application = editable(applicationId);
        if (PartnerOrganisation.findById(request.organisationId()) == null) {
            throw ApiProblem.invalid("organisationId", "no such organisation in the register", ProblemCode.EXISTS);
        }
        if (request.searchId() != null) {
            PartnerSearch search = PartnerSearch.findById(request.searchId());
            if (search == null || !search.unitId.equals(application.unitId)) {
                throw ApiProblem.invalid("searchId", "no such partner search of the application's unit", ProblemCode.EXISTS);
            }
        }
        List<ApplicationPartner> members = members(applicationId);
        if (members.stream().anyMatch(m -> m.organisationId.equals(request.organisationId()))) {
            throw ApiProblem.conflict(ProblemCode.PARTNERSHIP_001, "The organisation is already in the partnership");
        }
        refuse(PartnershipRules.adding(roles(members), request.role(), maxPartners(application)));
        ApplicationPartner member = new ApplicationPartner();
        member.applicationId = applicationId;
        member.organisationId = request.organisationId();
        member.role = request.role();
        member.searchId = request.searchId();
        member.addedBySubject = user.subject();
        member.addedByName = user.displayName();
        member.addedAt = clock.instant();
        member.persist();
        em.flush();
        return view(member);
    }

    /** One partner of the partnership, with the version its changes need (If-Match). */
    public PartnerMemberView get(UUID applicationId, UUID memberId) {
        ApiProblem.asNotFound("Partner " + memberId + " of application " + applicationId,
                () -> applications.reachable(applicationId));
        return view(member(applicationId, memberId));
    }

    @Transactional
    public PartnerMemberView changeRole(UUID applicationId, UUID memberId, String ifMatch, PartnerRoleRequest request) {
        editable(applicationId);
        ApplicationPartner member = member(applicationId, memberId);
        ETags.requireMatch(ifMatch, member.version);
        refuse(PartnershipRules.changingRole(roles(members(applicationId)), member.role, request.role()));
        member.role = request.role();
        em.flush();
        return view(member);
    }

    @Transactional
    public void remove(UUID applicationId, UUID memberId) {
        editable(applicationId);
        member(applicationId, memberId).delete();
    }

    /** The partnership as the submission snapshot keeps it. */
    @Override
    public List<ApplicationContent.Partner> asSubmitted(UUID applicationId) {
        return members(applicationId).stream().map(m -> {
            PartnerOrganisation o = PartnerOrganisation.findById(m.organisationId);
            return new ApplicationContent.Partner(o.legalName, o.country, o.pic, m.role.name());
        }).toList();
    }

    /** Every member's changes, for the application's history (a member's changes name the organisation). */
    @Override
    public List<HistoryEntry> history(UUID applicationId) {
        return historyReader.childrenHistory(ApplicationPartner.class, "application_partner_aud", "application_id",
                applicationId, PartnershipService::snapshot);
    }

    private static Map<String, Object> snapshot(ApplicationPartner p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organisationId", p.organisationId);
        values.put("role", p.role);
        return values;
    }

    private Application editable(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        if (!ApplicationWorkflow.isEditable(application.status)) {
            throw ApiProblem.conflict(ProblemCode.APPLICATION_002, "Only a draft's partnership can be changed; this application is "
                    + application.status);
        }
        return application;
    }

    private static ApplicationPartner member(UUID applicationId, UUID memberId) {
        ApplicationPartner member = ApplicationPartner.findById(memberId);
        if (member == null || !member.applicationId.equals(applicationId)) {
            throw ApiProblem.notFound("Partner " + memberId + " of application " + applicationId);
        }
        return member;
    }

    /** Lead partner first, then partners, then associated partners, each in the order they joined. */
    static List<ApplicationPartner> members(UUID applicationId) {
        return members(List.of(applicationId)).getOrDefault(applicationId, List.of());
    }

    /** The members of many applications in one statement, each application's by role, then as added. */
    static Map<UUID, List<ApplicationPartner>> members(java.util.Collection<UUID> applicationIds) {
        Map<UUID, List<ApplicationPartner>> members = new java.util.HashMap<>();
        if (applicationIds.isEmpty()) {
            return members;
        }
        ApplicationPartner.<ApplicationPartner>list("applicationId in ?1 order by addedAt, id", applicationIds)
                .forEach(m -> members.computeIfAbsent(m.applicationId, k -> new java.util.ArrayList<>()).add(m));
        members.replaceAll((id, list) -> list.stream().sorted(java.util.Comparator.comparing(m -> m.role)).toList());
        return members;
    }

    static List<PartnerRole> roles(List<ApplicationPartner> members) {
        return members.stream().map(m -> m.role).toList();
    }

    static Integer maxPartners(Application application) {
        FundingCall call = application.callId == null ? null : FundingCall.findById(application.callId);
        return call == null ? null : call.maxPartners;
    }

    private static void refuse(Optional<PartnershipRules.Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw ApiProblem.conflict(r.code(), r.detail()).with(r.params());
        });
    }

    private static PartnerMemberView view(ApplicationPartner m) {
        PartnerOrganisation o = PartnerOrganisation.findById(m.organisationId);
        return new PartnerMemberView(m.id, m.organisationId, o.legalName, o.country, o.type, o.pic, m.role, m.searchId,
                new Actor(m.addedBySubject, m.addedByName), m.addedAt, m.version);
    }
}
