package se.sodertalje.euportal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.Responses;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.common.csv.CsvMedia;

@Path("/api/v1/contact-persons")
@Tag(name = "Contact persons", description = "Units' international coordinators, EU project managers and finance contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactPersonResource {

    @Inject
    ContactPersonService contacts;

    @Inject
    PersonalDataService personalData;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List contact persons", description = "Applicants and coordinators see their own units' contacts.")
    public Page<ContactPersonView> list(@Valid @BeanParam PageParams paging,
            @QueryParam("q") @Parameter(description = "Text in name, e-mail, title or unit name") String q,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("role") ContactRole role,
            @QueryParam("active") @Parameter(description = "Whether today lies in the active period") Boolean active) {
        return contacts.list(paging, new ContactPersonService.ContactFilter(q, unitId, role, active));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Get a contact person", description = "The ETag header carries the version to send in If-Match.")
    public RestResponse<ContactPersonView> get(@PathParam("id") UUID id) {
        return Responses.tagged(contacts.get(id), ContactPersonView::version);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Create a contact person", description = "Coordinators only for their own units.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers name the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPersonView.class)))
    public RestResponse<ContactPersonView> create(@Valid @NotNull ContactPersonRequest request, UriInfo uri) {
        ContactPersonView created = contacts.create(request);
        return Responses.created(uri, created.id(), created, ContactPersonView::version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Replace a contact person", description = "Needs If-Match with the record's ETag.")
    public RestResponse<ContactPersonView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactPersonRequest request) {
        return Responses.tagged(contacts.update(id, ifMatch, request), ContactPersonView::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN})
    @Operation(summary = "Delete a contact person", description = "Needs If-Match; the history keeps the record.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(id, ifMatch);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvMedia.TEXT_CSV})
    @Path("{id}/history")
    @RolesAllowed({Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Change history of a contact person", description = "Newest first, with who changed what.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return contacts.history(id);
    }

    @GET
    @Path("{id}/personal-data")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything held about a contact person", description = "GDPR art. 15.")
    public PersonalDataExport personalData(@PathParam("id") UUID id) {
        return personalData.export(id);
    }

    @GET
    @Path("{id}/personal-data.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Everything held about a contact person, as a page to read", description = "GDPR art. 15: "
            + "the same content as the JSON export, in headings and tables, in the person's language (the one they "
            + "chose in the portal, found by their e-mail; Swedish otherwise). A file handed out: recorded in the "
            + "export log.")
    @APIResponse(responseCode = "200", description = "HTML", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> personalDataPage(@PathParam("id") UUID id, @QueryParam("lang")
            @Parameter(description = "sv or en; wins over the person's own language") String lang) {
        PersonalDataService.ReadablePersonalData page = personalData.readable(id, lang);
        String name = (page.language() == Language.EN ? "personal-data-" : "personuppgifter-")
                + id + ".html";
        return RestResponse.ResponseBuilder.ok(page.html().getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Content-Language", page.language() == Language.EN ? "en" : "sv")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a contact person's personal data",
            description = "GDPR art. 17: anonymised in place and in every earlier version; irreversible.")
    public ContactPersonView erase(@PathParam("id") UUID id) {
        return personalData.erase(id);
    }
}
