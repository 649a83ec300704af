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

    /** The highest page number whose first row still fits the database's offset (page × size). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number, at most 10737418")
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

    /** A list answered as CSV holds every matching row, not one page; CsvNegotiation leaves only the type chosen. */
    @HeaderParam("Accept")
    @Parameter(hidden = true)
    public String accept;

    /** Every row of a CSV export, up to this many. */
    public static final int CSV_MAX_ROWS = 100_000;

    public boolean wholeList() {
        return CsvMedia.TEXT_CSV.equals(accept);
    }

    public int firstResult() {
        return wholeList() ? 0 : page * size;
    }

    public int maxResults() {
        return wholeList() ? CSV_MAX_ROWS : size;
    }
}
