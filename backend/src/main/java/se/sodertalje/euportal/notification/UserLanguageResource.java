package se.sodertalje.euportal.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me/language")
@Tag(name = "Notifications", description = "In-app notices to the calling user")
@Produces(MediaType.APPLICATION_JSON)
public class UserLanguageResource {

    @Inject
    UserLanguages languages;

    @GET
    @Authenticated
    @Operation(summary = "The caller's language: notices, e-mails and digests are written in it, and exports default "
            + "to it; Swedish (chosen=false) until the caller chooses")
    public LanguageView mine() {
        return languages.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Set the caller's own language (SV or EN), as the SPA's language switch does")
    public LanguageView setMine(LanguageChoice body) {
        return languages.setMine(body);
    }
}
