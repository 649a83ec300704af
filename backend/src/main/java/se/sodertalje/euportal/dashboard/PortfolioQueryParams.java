package se.sodertalje.euportal.dashboard;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.sodertalje.euportal.programme.Fund;

/** The portfolio's filters as query parameters; each list parameter may be repeated. */
public class PortfolioQueryParams {

    static final String RULES = "Applications by status, success rate (granted ÷ (granted + rejected), in percent, "
            + "half-up to two decimals), EU money applied for (the EU share of the SUBMITTED budget version, by the "
            + "budget calculator) and granted (the funder's grant), co-financing committed (the partner contributions "
            + "of a granted application's budget as granted: its last version, revisions included), and EU money "
            + "claimed (financial reports sent to the funder) and received (the funder's payments of them); in total "
            + "and by unit, fund, programme and year. An application's year is the year it was submitted, or the year "
            + "it was created (Stockholm time) if it never was; claims and payments count in their application's "
            + "year. All money is in SEK: the grant, claims and payments are in the currency of the application's "
            + "budget, and an EUR budget's amounts are converted at that budget's own planning rate (sekPerEur), "
            + "rounded half-up per application; an EUR amount without a planning rate is left out and its application "
            + "listed under unconverted. A granted application without a budget is taken to be granted in SEK. "
            + "Also the screening rate per unit over the years (the ideas' yearly follow-up, not narrowed by fund or "
            + "programme) and the active units without an international coordinator. Coordinators see their own "
            + "units; advisors, auditors and admins all. A year outside 2000–2999, a reversed range or a malformed "
            + "value answers 400.";

    @QueryParam("unitId")
    @Parameter(description = "Only these units (repeatable)")
    public List<UUID> unitIds;

    @QueryParam("fund")
    @Parameter(description = "Only applications to programmes of these funds (repeatable)")
    public List<Fund> funds;

    @QueryParam("programmeId")
    @Parameter(description = "Only applications to these programmes (repeatable)")
    public List<UUID> programmeIds;

    @QueryParam("yearFrom")
    @Parameter(description = "First year, inclusive")
    public Integer yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Last year, inclusive")
    public Integer yearTo;

    PortfolioFilter filter() {
        return new PortfolioFilter(unitIds, funds, programmeIds, yearFrom, yearTo);
    }
}
