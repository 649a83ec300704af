package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundDefaults;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;

/** Programmes and calls for screening tests, stored directly: the ideas tests need only that they exist. */
@ApplicationScoped
public class FundingFixtures {

    /** A programme with a unique code starting with the given prefix; its id. */
    @Transactional
    public UUID programme(String codePrefix, String name) {
        Programme programme = new Programme();
        programme.code = codePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        programme.fund = Fund.INTERREG;
        programme.name = name;
        programme.rules = FundDefaults.rulesFor(Fund.INTERREG);
        programme.persist();
        return programme.id;
    }

    /** A call of the programme with a unique identifier starting with the given prefix; its id. */
    @Transactional
    public UUID call(UUID programmeId, String identifierPrefix, String title) {
        FundingCall call = new FundingCall();
        call.programmeId = programmeId;
        call.identifier = identifierPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        call.title = title;
        call.closesAt = Instant.parse("2027-03-15T16:00:00Z");
        call.timeZone = "Europe/Brussels";
        call.persist();
        return call.id;
    }
}
