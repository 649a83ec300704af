package se.sodertalje.euportal.programme.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.programme.Fund;

/**
 * One call read from an import file. {@code programmeName} and {@code fund} are known when the
 * file describes the programme too (the Funding & Tenders list), so a missing programme can be created.
 * {@code cancelled}: the funder cancelled the topic (its status is then CLOSED).
 */
public record ImportedCall(int row, String programmeCode, String programmeName, Fund fund, String identifier,
        String title, String description, String actionType, Instant opensAt, Instant closesAt, String timeZone,
        CallStatus announcedStatus, BigDecimal budget, BigDecimal grantMin, BigDecimal grantMax, Integer expectedGrants,
        List<String> topics, String url, boolean cancelled) {

    public ImportedCall(int row, String programmeCode, String programmeName, Fund fund, String identifier, String title,
            String description, String actionType, Instant opensAt, Instant closesAt, String timeZone,
            CallStatus announcedStatus, BigDecimal budget, BigDecimal grantMin, BigDecimal grantMax,
            Integer expectedGrants, List<String> topics, String url) {
        this(row, programmeCode, programmeName, fund, identifier, title, description, actionType, opensAt, closesAt,
                timeZone, announcedStatus, budget, grantMin, grantMax, expectedGrants, topics, url, false);
    }
}
