package se.sodertalje.euportal.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the envelope every list endpoint answers with. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record Page<T>(
        List<T> items,
        int page,
        int size,
        long total,
        @Schema(description = "true when total is PostgreSQL's estimate rather than a count: a list that says so"
                + " counts exactly up to 1000 matches only (the applications list)") boolean totalEstimated) {

    /** A page whose total is counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
