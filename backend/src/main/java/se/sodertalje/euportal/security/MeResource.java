package se.sodertalje.euportal.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Session", description = "Who is calling and how the client logs in")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** A unit the caller belongs to. */
    @Schema(requiredProperties = {"id", "code", "name"})
    public record MyUnit(UUID id, String code, String name) {
    }

    /** The caller as the API sees them. */
    @Schema(requiredProperties = {"subject", "username", "name", "email", "roles", "units"})
    public record Me(String subject, String username, String name, @Schema(nullable = true) String email, Set<String> roles, List<MyUnit> units) {
    }

    @Inject
    CurrentUser user;

    @Inject
    MyUnits myUnits;

    @GET
    @Authenticated
    @Operation(summary = "The calling user: roles and units")
    public Me me() {
        return new Me(user.subject(), user.username(), user.displayName(), user.email(), user.roles(), myUnits.list());
    }
}
