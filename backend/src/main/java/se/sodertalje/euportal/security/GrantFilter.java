package se.sodertalje.euportal.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Tells {@link UnitAccess} what the matched endpoint grants: whether the request writes and which
 * roles the endpoint allows, so that only the caller's roles that opened this endpoint decide the
 * units it reaches (an auditor who is also an applicant writes as the applicant, in their own units).
 */
public class GrantFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    UnitAccess access;

    @ServerRequestFilter
    public void grant(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        boolean writing = !SAFE_METHODS.contains(request.getMethod()) && !method.isAnnotationPresent(ReadOnlyOperation.class);
        access.granted(allowed == null ? null : Set.of(allowed.value()), writing);
    }
}
