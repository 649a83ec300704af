package se.sodertalje.euportal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.security.Roles;

/**
 * Personal data held under an e-mail of someone who is no contact person: guests, twin towns' contacts, networks'
 * members, partner organisations' contact persons.
 */
@Path("/api/v1/personal-data")
@Tag(name = "Contact persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalDataService personalData;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export what is held under an e-mail", description = "GDPR art. 15 for a person in no register "
            + "of contact persons: registrations for events as a guest, twin towns' contact persons, external networks' "
            + "members, partner organisations' contact persons (a contact person's own export includes them too).")
    public EmailPersonalData export(@QueryParam("email") @NotBlank @Email @Size(max = 320)
            @Parameter(description = "The person's e-mail (any case)") String email) {
        return personalData.export(email);
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase what is held under an e-mail", description = "GDPR art. 17: the guest registrations, "
            + "twin towns' contact persons, networks' members and partner organisations' contact persons with the "
            + "e-mail, anonymised in place and in their history; irreversible.")
    public EmailPersonalData.Erased erase(@QueryParam("email") @NotBlank @Email @Size(max = 320)
            @Parameter(description = "The person's e-mail (any case)") String email) {
        return personalData.erase(email);
    }
}
