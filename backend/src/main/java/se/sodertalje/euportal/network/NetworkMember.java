package se.sodertalje.euportal.network;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person of the EU project managers' network, with what they work on. */
@Schema(name = "NetworkMember", requiredProperties = {"name", "sources", "units", "unitIds", "runningProjects",
        "pastProjects", "programmes", "themes"})
public record NetworkMember(
        String name,
        @Schema(nullable = true) String email,
        @Schema(nullable = true, description = "The portal user, when the person has used the portal") String userSubject,
        @Schema(description = "Why the person is in the network") List<Source> sources,
        @Schema(description = "Code and name of each unit") List<String> units,
        List<UUID> unitIds,
        @Schema(description = "Projects running now (acronym or title)") List<String> runningProjects,
        @Schema(description = "Projects closed or archived") List<String> pastProjects,
        @Schema(description = "Programmes of their projects") List<String> programmes,
        @Schema(description = "Topics of their projects' calls") List<String> themes) {

    /** An EU project manager by contact role, or on the team of a running project. */
    public enum Source {
        CONTACT_ROLE, PROJECT_TEAM
    }
}
