package se.sodertalje.euportal.event;

import se.sodertalje.euportal.organisation.GuestRegistrations;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.application.attachment.SafeFileName;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.export.HandedOutFiles;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;

@Path("/api/v1/events")
@Tag(name = "Events", description = "Trainings, network meetings and visits: registration, waiting list, attendance, calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    CalendarService calendars;

    @Inject
    EventNotices notices;

    @Inject
    EventStatistics statistics;

    @Inject
    GuestData guestData;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List events", description = "In start order; at most 500. Times are local in Europe/Stockholm.")
    public List<EventViews.EventView> list(
            @QueryParam("from") @Parameter(description = "Events ending on or after this day") LocalDate from,
            @QueryParam("to") @Parameter(description = "Events starting on or before this day") LocalDate to,
            @QueryParam("kind") EventKind kind) {
        return events.list(new EventService.EventFilter(from, to, kind));
    }

    @POST
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Create an event", description = "400 EVENT-001 when it ends before it starts, EVENT-008 without "
            + "a place or link, or with the audience UNITS and no units.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventViews.EventView.class)))
    public RestResponse<EventViews.EventView> create(@Valid @NotNull EventRequests.EventRequest request, UriInfo uri) {
        EventViews.EventView created = events.create(request);
        return Responses.created(uri, created.id(), created, EventViews.EventView::version);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get an event", description = "With the caller's own registration; the ETag carries the version.")
    public RestResponse<EventViews.EventView> get(@PathParam("id") UUID id) {
        return Responses.tagged(events.get(id), EventViews.EventView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace an event", description = "Needs If-Match. More seats move the waiting list up.")
    public RestResponse<EventViews.EventView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EventRequests.EventRequest request) {
        return Responses.tagged(events.update(id, ifMatch, request), EventViews.EventView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete an event", description = "Needs If-Match; 409 EVENT-005 while anyone is registered.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        events.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of an event", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return events.history(id);
    }

    @POST
    @Path("{id}/materials")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Add a material", description = "The body is the file itself, checked like an application's "
            + "attachments (413, 415).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "413", description = "The file is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The file's content is not of an allowed type")
    @APIResponse(responseCode = "422", description = "The virus scan found malware (UPLOAD-001); nothing was stored, the refusal is recorded")
    @APIResponse(responseCode = "503", description = "The virus scan cannot be reached (UPLOAD-002); nothing was stored, try again after Retry-After")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> addMaterial(@PathParam("id") UUID id,
            @QueryParam("fileName") @Parameter(description = "The name the user gave the file") String fileName,
            byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED, events.addMaterial(id, fileName, content));
    }

    @GET
    @Path("{id}/materials/{materialId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download a material", description = "Always as a download, with its safe name; recorded in the "
            + "export log.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response material(@PathParam("id") UUID id, @PathParam("materialId") UUID materialId) {
        EventMaterial file = events.downloadMaterial(id, materialId);
        return Uploads.download(file.content, file.mediaType, file.fileName);
    }

    @DELETE
    @Path("{id}/materials/{materialId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Remove a material")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteMaterial(@PathParam("id") UUID id, @PathParam("materialId") UUID materialId) {
        events.deleteMaterial(id, materialId);
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The participants and the waiting list", description = "Seats first, then the queue in order.")
    public List<EventViews.RegistrationView> registrations(@PathParam("id") UUID id) {
        return registrations.list(id);
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Register myself", description = "A seat while there is one, else the waiting list (status "
            + "WAITING). 409 EVENT-002 when registered already, EVENT-006 once the event has begun; 403 EVENT-003 when "
            + "the event is for other units.")
    @APIResponse(responseCode = "201", description = "Registered or queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventViews.RegistrationView.class)))
    public RestResponse<EventViews.RegistrationView> register(@PathParam("id") UUID id) {
        return RestResponse.status(RestResponse.Status.CREATED, registrations.registerMe(id));
    }

    @DELETE
    @Path("{id}/registrations/mine")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Cancel my registration", description = "A seat freed goes to the first on the waiting list.")
    public EventViews.RegistrationView cancelMine(@PathParam("id") UUID id) {
        return registrations.cancelMine(id);
    }

    @POST
    @Path("{id}/guests")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Register a guest without an account", description = "By name and e-mail (e.g. an elected "
            + "official); 409 EVENT-007 when that e-mail is registered already.")
    @APIResponse(responseCode = "201", description = "Registered or queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventViews.RegistrationView.class)))
    public RestResponse<EventViews.RegistrationView> guest(@PathParam("id") UUID id,
            @Valid @NotNull EventRequests.GuestRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, registrations.registerGuest(id, request));
    }

    @DELETE
    @Path("{id}/registrations/{registrationId}")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Cancel a registration", description = "Needs If-Match; a seat freed goes to the waiting list.")
    public RestResponse<EventViews.RegistrationView> cancel(@PathParam("id") UUID id,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch) {
        return Responses.tagged(registrations.cancel(id, registrationId, ifMatch), EventViews.RegistrationView::version);
    }

    @PUT
    @Path("{id}/registrations/{registrationId}/attendance")
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Record attendance", description = "Needs If-Match; once the event has begun (409 EVENT-004).")
    public RestResponse<EventViews.RegistrationView> attendance(@PathParam("id") UUID id,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EventRequests.AttendanceRequest request) {
        return Responses.tagged(registrations.recordAttendance(id, registrationId, ifMatch, request.attended()),
                EventViews.RegistrationView::version);
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Invite the event's audience", description = "A notice to each user in the audience; by e-mail "
            + "too unless they chose off for invitations.")
    public EventViews.NoticesSent invite(@PathParam("id") UUID id) {
        return notices.invite(id);
    }

    @POST
    @Path("{id}/reminders")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Remind the participants", description = "A notice to each user with a seat; by e-mail too "
            + "unless they chose off for reminders of events.")
    public EventViews.NoticesSent remind(@PathParam("id") UUID id) {
        return notices.remind(id);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces({CALENDAR, "application/problem+json"})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The event as an iCalendar file", description = "Times in Europe/Stockholm; recorded in the "
            + "export log.")
    @APIResponse(responseCode = "200", description = "The calendar file",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@PathParam("id") UUID id, UriInfo uri) {
        return ics(calendars.event(id, uri.getRequestUri().getRawPath()));
    }

    @GET
    @Path("statistics")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Events, participants and units reached per year", description = "Years in Stockholm time; "
            + "participants are seats taken (users and guests), units those of the users with a seat.")
    public List<EventViews.YearCount> statistics(
            @QueryParam("fromYear") @NotNull @Min(2000) @Max(2999) Integer fromYear,
            @QueryParam("toYear") @NotNull @Min(2000) @Max(2999) Integer toYear) {
        return statistics.perYear(fromYear, toYear);
    }

    @GET
    @Path("feed")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Whether I have a calendar feed", description = "The address itself is shown only when made.")
    public EventViews.FeedView myFeed() {
        return calendars.myFeed();
    }

    @POST
    @Path("feed")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Make or renew my calendar feed", description = "Answers the feed's new address; an earlier "
            + "address stops working (404).")
    public EventViews.FeedView renewFeed(UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return calendars.renewMyFeed(base);
    }

    @DELETE
    @Path("feed")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Revoke my calendar feed")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeFeed() {
        calendars.revokeMyFeed();
    }

    @GET
    @Path("feed/{secret}.ics")
    @PermitAll
    @Produces({CALENDAR, "application/problem+json"})
    @Operation(summary = "A user's calendar feed", description = "No login: the secret in the address is the only thing "
            + "it grants, read-only, that user's events (seats and waiting list). 404 for an unknown or renewed secret.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("secret") String secret) {
        return ics(calendars.feed(secret, "/api/v1/events/feed"));
    }

    @GET
    @Path("guests/personal-data")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export a guest's event registrations", description = "GDPR art. 15, for a participant without "
            + "an account, by e-mail (a contact person's own export includes them too).")
    public List<GuestRegistrations.GuestRegistration> guestData(@QueryParam("email") @NotBlank @Size(max = 320) String email) {
        return guestData.export(email);
    }

    @POST
    @Path("guests/erasure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a guest's personal data", description = "GDPR art. 17: every event registration of the "
            + "e-mail as a guest, anonymised in place and in its history; irreversible.")
    public EventViews.GuestErasure eraseGuest(@QueryParam("email") @NotBlank @Size(max = 320) String email) {
        return new EventViews.GuestErasure(guestData.erase(email));
    }

    private static Response ics(CalendarService.CalendarFile file) {
        return Response.ok(file.content(), CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", SafeFileName.contentDisposition(file.fileName()))
                // CalendarService recorded it, naming the feed rather than its secret address.
                .header(HandedOutFiles.SELF_RECORDED, Hashes.sha256(file.content()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
