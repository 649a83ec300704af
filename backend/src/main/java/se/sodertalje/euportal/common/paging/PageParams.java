package se.sodertalje.euportal.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.sodertalje.euportal.common.csv.CsvMedia;

/** The paging and sorting query parameters every list endpoint takes. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Zero-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, at most 200")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending, e.g. name,-code")
    public String sort;

    /** A list asked for as CSV (Accept: text/csv) holds every matching row, not one page. */
    @HeaderParam("Accept")
    @Parameter(hidden = true)
    public String accept;

    /** Every row of a CSV export, up to this many. */
    public static final int CSV_MAX_ROWS = 100_000;

    public boolean wholeList() {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith(CsvMedia.TEXT_CSV);
    }

    public int firstResult() {
        return wholeList() ? 0 : page * size;
    }

    public int maxResults() {
        return wholeList() ? CSV_MAX_ROWS : size;
    }
}
