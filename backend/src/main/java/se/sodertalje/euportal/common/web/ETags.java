package se.sodertalje.euportal.common.web;

import jakarta.ws.rs.core.EntityTag;
import se.sodertalje.euportal.common.error.ApiProblem;

/** A record's version is its ETag; a change must name the version it was based on. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks an If-Match header against the current version: 428 without one, 412 when stale. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw ApiProblem.ifMatchRequired();
        }
        // Strong comparison (RFC 9110 13.1.1): only the quoted tag we sent matches; a weak W/"n" or a bare n never does.
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(current)) {
                return;
            }
        }
        throw ApiProblem.staleVersion(currentVersion);
    }
}
