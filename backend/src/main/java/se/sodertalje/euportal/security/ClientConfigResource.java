package se.sodertalje.euportal.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells the SPA where to log in, so that one build of it serves every environment. */
@Path("/api/v1/client-config")
@Tag(name = "Session")
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    /** The OpenID Connect settings of the SPA's public client. */
    @Schema(requiredProperties = {"oidcAuthority", "oidcClientId"})
    public record ClientConfig(String oidcAuthority, String oidcClientId) {
    }

    @ConfigProperty(name = "euportal.spa.oidc-authority")
    String authority;

    @ConfigProperty(name = "euportal.spa.oidc-client-id")
    String clientId;

    @GET
    @PermitAll
    @Operation(summary = "Login settings for the web client (public)")
    public ClientConfig clientConfig() {
        return new ClientConfig(authority, clientId);
    }
}
