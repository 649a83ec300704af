package se.sodertalje.euportal.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "The feed of created, changed and deleted records, for integrations that keep in step")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    @Inject
    ChangeFeed feed;

    @Inject
    UnitAccess access;

    @Inject
    CurrentUser user;

    // The demo integration client's service account is an advisor and so reads every unit's changes. When the
    // hardening issue (13) gives integrations a role of their own, add it here and to Roles.GLOBAL_READERS or
    // the unit roles, as it is granted: the scope comes from UnitAccess, like every list's.
    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.AUDITOR, Roles.ADMIN, Roles.CONTROLLER})
    @Operation(summary = "Changes after a cursor, in commit order",
            description = "Every created, changed and deleted record (units, contact persons, programmes, calls, partner "
                    + "organisations, ideas, applications and their partners, projects, periods, reports and expenditure "
                    + "lines), oldest first, in the order their transactions committed; each with its type, id, version, "
                    + "unit, time and API path. Scoped like the records: unit members get their units' records and those "
                    + "of no unit, advisors, auditors and admins every record, controllers the records of the projects "
                    + "they are appointed to (the project, its periods, reports and expenditure lines) and nothing else. "
                    + "Start without after=, then pass the "
                    + "answer's next each time; a cursor stays valid across restarts. The feed starts when it was "
                    + "installed: read the lists once for what existed before.")
    public ChangePage changes(
            @QueryParam("after") @Parameter(description = "The next (or an entry's cursor) of an earlier answer; "
                    + "absent: from the beginning", example = "1042") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(ChangeFeed.MAX_LIMIT)
            @Parameter(description = "Entries per page, at most 1000") int limit,
            @QueryParam("type") @Parameter(description = "Only these kinds of record (repeatable)") List<RecordType> types) {
        Optional<Set<UUID>> units = access.restriction();
        // Restricted and no unit role: a controller, who reaches only the projects appointed to (issue 19).
        boolean controllerOnly = units.isPresent() && Roles.UNIT_ROLES.stream().noneMatch(user::hasRole);
        return feed.read(after, limit, controllerOnly ? Optional.of(Set.of()) : units, !controllerOnly,
                access.controlledProjectIds(), types == null ? List.of() : types);
    }
}
