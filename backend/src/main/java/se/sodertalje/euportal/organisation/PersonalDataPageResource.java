package se.sodertalje.euportal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.security.Roles;

/**
 * The e-mail-based export of {@link PersonalDataResource} as a page to read. A class of its own because its path is
 * a sibling of {@code /personal-data}, not below it (as {@code /contact-persons/{id}/personal-data.html} is).
 */
@Path("/api/v1/personal-data.html")
@Tag(name = "Contact persons")
public class PersonalDataPageResource {

    @Inject
    PersonalDataService personalData;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What is held under an e-mail, as a page to read", description = "GDPR art. 15: the same "
            + "content as GET /personal-data, in headings and tables, in the person's language (the one the portal "
            + "user with that e-mail chose; Swedish otherwise). A file handed out: recorded in the export log.")
    @APIResponse(responseCode = "200", description = "HTML", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> page(@QueryParam("email") @NotBlank @Email @Size(max = 320)
            @Parameter(description = "The person's e-mail (any case)") String email,
            @QueryParam("lang") @Parameter(description = "sv or en; wins over the person's own language") String lang) {
        PersonalDataService.ReadablePersonalData page = personalData.readable(email, lang);
        return RestResponse.ResponseBuilder.ok(page.html().getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(email, page.language()) + "\"")
                .header("Content-Language", page.language() == Language.EN ? "en" : "sv")
                .build();
    }

    /** e.g. personuppgifter-anna.berg_example.se.html: whose data it is, in characters any file system takes. */
    static String fileName(String email, Language language) {
        String who = email.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return (language == Language.EN ? "personal-data-" : "personuppgifter-") + who + ".html";
    }
}
