package se.sodertalje.euportal.application.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.readiness.ApplicationTeams;

/** An application's team members for those who tell the team of a step ({@link ApplicationTeams}). */
@ApplicationScoped
public class TeamDirectory implements ApplicationTeams {

    @Override
    public List<String> memberSubjects(UUID applicationId) {
        return TeamMember.<TeamMember>list("applicationId = ?1 order by addedAt", applicationId).stream()
                .map(m -> m.userSubject).toList();
    }
}
