package se.sodertalje.euportal.readiness;

import java.util.List;
import java.util.UUID;

/**
 * The members of an application's team, as the application package keeps them
 * ({@code application.team.TeamDirectory}): a port, so that the shared shapes of this package do not
 * depend on the application that uses them (docs/architecture.md, "Dependencies between packages").
 */
public interface ApplicationTeams {

    /** The members' user subjects, in the order they were added. */
    List<String> memberSubjects(UUID applicationId);
}
