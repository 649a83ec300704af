package se.sodertalje.euportal.application.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.notification.Notifications;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UserProfile;

/** An application's team; whoever is added is told so in the portal. */
@ApplicationScoped
public class TeamService {

    @Inject
    ApplicationAccess applications;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<TeamMemberView> list(UUID applicationId) {
        applications.reachable(applicationId);
        return TeamMember.<TeamMember>list("applicationId = ?1 order by addedAt, id", applicationId).stream()
                .map(TeamService::view).toList();
    }

    /** Users who may join and are not on the team yet, by name: what an "add member" picker offers. */
    public List<TeamCandidateView> candidates(UUID applicationId) {
        Application application = applications.reachable(applicationId);
        String unitCode = Unit.<Unit>findById(application.unitId).code;
        Set<String> members = TeamMember.<TeamMember>list("applicationId", applicationId).stream()
                .map(m -> m.userSubject).collect(Collectors.toSet());
        return UserProfile.<UserProfile>list("order by name, subject").stream()
                .filter(p -> !members.contains(p.subject) && !p.isServiceAccount() && TeamRules.mayJoin(unitCode, p.units, p.roles))
                .map(p -> new TeamCandidateView(p.subject, p.name, p.email)).toList();
    }

    @Transactional
    public TeamMemberView add(UUID applicationId, String subject) {
        Application application = applications.reachable(applicationId);
        UserProfile profile = subject == null ? null : UserProfile.findById(subject);
        Unit unit = Unit.findById(application.unitId);
        if (profile == null || profile.isServiceAccount() || !TeamRules.mayJoin(unit.code, profile.units, profile.roles)) {
            throw ApiProblem.invalid(List.of(new FieldError("subject",
                    "no user of the unit or the International Office has this id", ProblemCode.EXISTS)));
        }
        if (TeamMember.count("applicationId = ?1 and userSubject = ?2", applicationId, subject) > 0) {
            throw ApiProblem.conflict(ProblemCode.TEAM_001, profile.name + " is already on the team");
        }
        TeamMember member = new TeamMember();
        member.applicationId = applicationId;
        member.userSubject = subject;
        member.addedBySubject = user.subject();
        member.addedByName = user.displayName();
        member.addedAt = clock.instant();
        member.persist();
        notifications.send(subject, NotificationKind.ADDED_TO_TEAM, user.displayName() + " lade till dig i teamet för ”"
                + application.title + "”", user.displayName() + " added you to the team of \"" + application.title + "\"",
                "/applications/" + applicationId);
        return view(member);
    }

    @Transactional
    public void remove(UUID applicationId, String subject) {
        applications.reachable(applicationId);
        long removed = TeamMember.delete("applicationId = ?1 and userSubject = ?2", applicationId, subject);
        if (removed == 0) {
            throw ApiProblem.notFound("Team member " + subject);
        }
    }

    private static TeamMemberView view(TeamMember member) {
        UserProfile profile = UserProfile.findById(member.userSubject);
        return new TeamMemberView(member.userSubject, profile.name, profile.email,
                new Actor(member.addedBySubject, member.addedByName), member.addedAt);
    }
}
