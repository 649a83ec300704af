package se.sodertalje.euportal.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the envelope every list endpoint answers with. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record Page<T>(List<T> items, int page, int size, long total) {
}
