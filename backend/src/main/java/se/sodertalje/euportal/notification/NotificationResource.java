package se.sodertalje.euportal.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notices to the calling user")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    NotificationPreferences preferences;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Authenticated
    @Operation(summary = "The caller's notifications, newest first (at most 200)")
    public List<NotificationView> mine(@QueryParam("unread") boolean unreadOnly) {
        return notifications.mine(unreadOnly);
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(summary = "Mark one of the caller's notifications as read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("preferences")
    @Authenticated
    @Operation(summary = "How the caller wants each kind of reminder delivered: OFF, DIGEST (one e-mail a day) or "
            + "IMMEDIATE (in the portal and by e-mail at once, the default)")
    public List<PreferenceView> myPreferences() {
        return preferences.mine();
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Set the caller's own delivery per reminder kind (kinds left out keep theirs); "
            + "answers all of the caller's choices")
    public List<PreferenceView> setMyPreferences(@Size(max = 100) List<PreferenceView> body) {
        return preferences.replaceMine(body);
    }
}
