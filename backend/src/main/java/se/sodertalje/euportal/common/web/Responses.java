package se.sodertalje.euportal.common.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry a record's version as ETag, and its Location when created. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> tagged(T view, ToLongFunction<T> version) {
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(version.applyAsLong(view))).build();
    }

    public static <T> RestResponse<T> created(UriInfo uri, UUID id, T view, ToLongFunction<T> version) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(view).tag(ETags.of(version.applyAsLong(view))).build();
    }
}
