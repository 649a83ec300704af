package se.sodertalje.euportal.externalnetwork;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views of external networks and their meetings. */
public final class NetworkViews {

    private NetworkViews() {
    }

    @Schema(name = "ExternalNetworkMemberView", requiredProperties = {"name"})
    public record MemberView(String name, @Schema(nullable = true) UUID unitId, @Schema(nullable = true) String unitName,
            @Schema(nullable = true) String role, @Schema(nullable = true) String email) {
    }

    @Schema(name = "ExternalNetworkMeetingView", requiredProperties = {"id", "heldOn", "title", "version"})
    public record MeetingView(UUID id, LocalDate heldOn, String title, @Schema(nullable = true) String place,
            @Schema(nullable = true) String broughtBack, long version) {
    }

    @Schema(name = "ExternalNetworkView", requiredProperties = {"id", "name", "members", "meetings", "version"})
    public record View(UUID id, String name, @Schema(nullable = true) String description,
            @Schema(nullable = true) String website, List<MemberView> members, List<MeetingView> meetings, long version) {
    }

    @Schema(name = "ExternalNetworkListItem", requiredProperties = {"id", "name", "members", "meetings"})
    public record ListItem(UUID id, String name, @Schema(nullable = true) String website, int members, long meetings,
            @Schema(nullable = true) LocalDate lastMeetingOn) {
    }
}
