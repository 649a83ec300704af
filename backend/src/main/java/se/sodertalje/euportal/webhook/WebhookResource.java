package se.sodertalje.euportal.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscribers that get each change of the feed POSTed, signed (admins)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "The subscribers", description = "Oldest first; never their secrets.")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @POST
    @Operation(summary = "Add a subscriber", description = "It gets every change committed from now on of the kinds it "
            + "wants, POSTed as JSON with the headers X-Euportal-Delivery, X-Euportal-Timestamp and X-Euportal-Signature "
            + "(sha256= and the hex HMAC-SHA256, keyed with the secret, of the timestamp, a full stop and the body; see "
            + "docs/integrations.md). Any 2xx answer counts as received; anything else is tried again with a doubling "
            + "wait for a day, then the subscriber is paused and its owner told. The answer holds the secret: the only "
            + "time it is shown.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "ETag", description = "The subscriber's version, for If-Match",
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreated.class)))
    public RestResponse<WebhookCreated> create(@Valid @NotNull WebhookRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        WebhookCreated created = webhooks.create(request);
        return RestResponse.ResponseBuilder.<WebhookCreated>created(
                        uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build())
                .entity(created).tag(ETags.of(created.webhook().version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A subscriber")
    public RestResponse<WebhookView> get(@PathParam("id") UUID id) {
        return Responses.tagged(webhooks.get(id), WebhookView::version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change, pause or resume a subscriber", description = "Needs If-Match with its ETag. active=true "
            + "resumes a paused subscriber: what waited goes out in order. The secret cannot be changed (400 WEBHOOK-002).")
    public RestResponse<WebhookView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        return Responses.tagged(webhooks.update(id, ifMatch, request), WebhookView::version);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a subscriber", description = "Needs If-Match with its ETag; its deliveries go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        webhooks.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A subscriber's deliveries with the answers it gave", description = "Newest first, each with "
            + "every attempt: when, the HTTP status and the start of the answer, or why none came.")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("status") DeliveryView.Status status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return webhooks.deliveries(id, status, limit);
    }
}
