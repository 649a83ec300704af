package se.sodertalje.euportal.programme;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class CallResourceTest {

    @Test
    void aCallMayNarrowItsProgrammeAndShowsItsEffectiveRules() {
        UUID programme = Api.createProgramme(Api.uniqueCode("CB"), "INTERREG");
        RuleSet interreg = FundDefaults.rulesFor(Fund.INTERREG);
        RuleSet narrower = new RuleSet(interreg.costCategories(),
                List.of(new FlatRateLimit(FlatRateType.OFFICE_ON_STAFF_COSTS, new BigDecimal("10"))),
                new BigDecimal("70"), interreg.currencyConversion(), 6, 5, 10, null);
        String id = Api.createCall(programme, Api.uniqueCode("CB-CALL"), "Smart mobility in Baltic towns", 30, narrower);
        Api.applicant("UTB").get("/api/v1/calls/{id}", id).then().statusCode(200)
                .body("effectiveRules.maxCoFinancingPercent", equalTo(70))
                .body("effectiveRules.flatRates[0].type", equalTo("OFFICE_ON_STAFF_COSTS"))
                .body("fund", equalTo("INTERREG")).body("status", equalTo("OPEN"))
                .body("timeZone", equalTo("Europe/Brussels"));
    }

    @Test
    void aCallThatWidensItsProgrammeShouldBeRefusedAndNotSaved() {
        UUID programme = Api.createProgramme(Api.uniqueCode("ER"), "ERDF");
        RuleSet erdf = FundDefaults.rulesFor(Fund.ERDF);
        RuleSet wider = new RuleSet(erdf.costCategories(), erdf.flatRates(), new BigDecimal("50"),
                erdf.currencyConversion(), 6, 5, 10, null);
        String identifier = Api.uniqueCode("WIDE");
        Api.ADVISOR.post("/api/v1/calls", Api.callBody(programme, identifier, "Too generous", 30, wider)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("rules.maxCoFinancingPercent")));
        Api.ADVISOR.get("/api/v1/calls?programmeId={p}", programme).then().body("total", equalTo(0));
    }

    @Test
    void fullTextTopicAndClosingSoonShouldFindTheRightCalls() {
        UUID programme = Api.createProgramme(Api.uniqueCode("FT"), "OTHER");
        String soon = Api.createCall(programme, Api.uniqueCode("SOON"), "Adapting harbours to rising sea levels", 5, null);
        String later = Api.createCall(programme, Api.uniqueCode("LATER"), "Digital skills for senior citizens", 90, null);
        Api.ANONYMOUS.get("/api/v1/calls").then().statusCode(401);
        Api.AUDITOR.get("/api/v1/calls?q=harbour adaptation&programmeId={p}", programme).then().statusCode(200)
                .body("items.id", equalTo(List.of(soon)));
        Api.AUDITOR.get("/api/v1/calls?q=senior&programmeId={p}", programme).then().body("items.id", equalTo(List.of(later)));
        Api.AUDITOR.get("/api/v1/calls?closingWithinDays=30&programmeId={p}", programme)
                .then().body("items.id", equalTo(List.of(soon)));
        Api.AUDITOR.get("/api/v1/calls?topic=MOBILITY&programmeId={p}&sort=-closesAt", programme)
                .then().body("items.id", equalTo(List.of(later, soon)));
        Api.AUDITOR.get("/api/v1/calls?status=CLOSED&programmeId={p}", programme).then().body("total", equalTo(0));
        Api.AUDITOR.get("/api/v1/calls?closingWithinDays=0").then().statusCode(400);
    }

    @Test
    void onlyTheOfficeShouldChangeCalls() {
        UUID programme = Api.createProgramme(Api.uniqueCode("RO"), "CERV");
        Api.coordinator("UTB").post("/api/v1/calls", Api.callBody(programme, Api.uniqueCode("X"), "X", 10, null))
                .then().statusCode(403);
        Api.AUDITOR.request().contentType("application/json").body("[]").post("/api/v1/calls/import")
                .then().statusCode(403);
    }

    @Test
    void anInvalidTimeZoneAndAReversedPeriodShouldNameTheirFields() {
        UUID programme = Api.createProgramme(Api.uniqueCode("TZ"), "LIFE");
        Map<String, Object> body = Api.callBody(programme, Api.uniqueCode("TZ"), "Zones", 10, null);
        body.put("timeZone", "Europe/Atlantis");
        body.put("opensAt", OffsetDateTime.now().plusDays(20).truncatedTo(ChronoUnit.SECONDS).toString());
        Api.ADVISOR.post("/api/v1/calls", body).then().statusCode(400)
                .body("errors.field", hasItems("timeZone", "opensAt")).body("errors.field", not(hasItem("closesAt")));
    }
}
