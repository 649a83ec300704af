package se.sodertalje.euportal.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * Finds an application the caller may see: what the records under an application (budget,
 * partnership, team, attachments, comments, history, readiness, results) need before they read or
 * change it, without the application's service and its workflow (docs/architecture.md, "Dependencies between packages").
 */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    UnitAccess access;

    /** The application, if the caller may reach its unit or controls it; 404 otherwise, whether or not it exists. */
    public Application reachable(UUID id) {
        Application application = Application.findById(id);
        if (application == null || !(access.canReach(application.unitId) || access.controlsApplication(application.id))) {
            throw ApiProblem.notFound("Application " + id);
        }
        return application;
    }
}
