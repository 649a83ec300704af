package se.sodertalje.euportal.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the changes feed. Unlike the numbered pages of the lists, a feed page is read by cursor:
 * pass {@code next} as {@code after} for the next page, also when {@code items} is empty (then nothing
 * newer is committed yet: ask again later).
 */
@Schema(name = "ChangePage", requiredProperties = {"items", "next", "more"})
public record ChangePage(
        List<Change> items,
        @Schema(description = "The cursor to read on from (after=)", example = "1042")
        String next,
        @Schema(description = "Whether more entries were already committed after this page")
        boolean more) {
}
