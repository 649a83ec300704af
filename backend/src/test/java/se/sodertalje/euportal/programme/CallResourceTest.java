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

    @Test
    void aCallsAddressShouldBeAWebAddressNotAScript() {
        UUID programme = Api.createProgramme(Api.uniqueCode("URL"), "LIFE");
        for (String address : List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/call")) {
            Map<String, Object> body = Api.callBody(programme, Api.uniqueCode("URL"), "Adress", 10, null);
            body.put("url", address);
            Api.ADVISOR.post("/api/v1/calls", body).then().statusCode(400).body("errors.field", equalTo(List.of("url")));
        }
        Map<String, Object> body = Api.callBody(programme, Api.uniqueCode("URL"), "Adress", 10, null);
        body.put("url", "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/x");
        Api.ADVISOR.post("/api/v1/calls", body).then().statusCode(201);
    }

    @Test
    void theFinderShouldFindTheCallWithTheLastDeadlineAmong500ByPartOfItsTitle() {
        UUID programme = Api.createProgramme(Api.uniqueCode("MANY"), "ESF_PLUS");
        String last = null;
        for (int i = 1; i <= 500; i++) {
            String title = i == 500 ? "Inclusive labour markets for newly arrived women" : "Routine call number " + i;
            last = Api.createCall(programme, Api.uniqueCode("M" + i), title, 10 + i, null);
        }
        Api.applicant("UTB").get("/api/v1/calls?q=newly arr&size=5&programmeId={p}", programme).then().statusCode(200)
                .body("items.id", equalTo(List.of(last))).body("total", equalTo(1));
        Api.applicant("UTB").get("/api/v1/calls?q=labou mark wom&programmeId={p}", programme).then().body("items.id", equalTo(List.of(last)));
        // nearest deadline first, paged: the last page holds the latest deadline
        Api.applicant("UTB").get("/api/v1/calls?programmeId={p}&size=20", programme).then()
                .body("total", equalTo(500)).body("items[0].title", equalTo("Routine call number 1"));
        Api.applicant("UTB").get("/api/v1/calls?programmeId={p}&size=20&page=24", programme).then()
                .body("items[19].id", equalTo(last)).body("items[18].title", equalTo("Routine call number 499"));
    }

    @Test
    void withoutAStatusTheFinderShouldListOpenAndForthcomingCallsOnly() {
        UUID programme = Api.createProgramme(Api.uniqueCode("ST"), "ERASMUS_PLUS");
        String open = Api.createCall(programme, Api.uniqueCode("OPEN"), "Open now", 20, null);
        Map<String, Object> future = Api.callBody(programme, Api.uniqueCode("FUT"), "Opens later", 60, null);
        future.put("opensAt", OffsetDateTime.now().plusDays(30).truncatedTo(ChronoUnit.SECONDS).toString());
        String forthcoming = Api.ADVISOR.post("/api/v1/calls", future).then().statusCode(201).extract().path("id");
        String closed = Api.createCall(programme, Api.uniqueCode("PAST"), "Closed yesterday", -1, null);
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}", programme).then()
                .body("items.id", equalTo(List.of(open, forthcoming)));
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&status=CLOSED", programme).then()
                .body("items.id", equalTo(List.of(closed))).body("items[0].status", equalTo("CLOSED"));
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&status=FORTHCOMING", programme).then()
                .body("items.id", equalTo(List.of(forthcoming)));
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&status=OPEN&status=CLOSED", programme).then()
                .body("items.id", equalTo(List.of(closed, open)));
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&status=OPEN&status=FORTHCOMING&status=CLOSED&sort=-closesAt",
                programme).then().body("items.id", equalTo(List.of(forthcoming, open, closed)));
        Api.AUDITOR.get("/api/v1/calls?status=SOMEDAY").then().statusCode(400);
        UUID other = Api.createProgramme(Api.uniqueCode("ST2"), "ERDF");
        String ofOther = Api.createCall(other, Api.uniqueCode("OTH"), "Other programme", 40, null);
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&programmeId={o}", programme, other).then()
                .body("items.id", equalTo(List.of(open, ofOther, forthcoming)));
    }

    @Test
    void theApplicantTypeShouldKeepCallsOpenToItAndThoseNamingNone() {
        UUID programme = Api.createProgramme(Api.uniqueCode("AT"), "CERV");
        String forMunicipalities = Api.createCall(programme, Api.uniqueCode("MUN"), "Town twinning", 20, null);
        Map<String, Object> forSmes = Api.callBody(programme, Api.uniqueCode("SME"), "Companies only", 25, null);
        forSmes.put("eligibleApplicantTypes", List.of("SME"));
        Api.ADVISOR.post("/api/v1/calls", forSmes).then().statusCode(201);
        Map<String, Object> anyone = Api.callBody(programme, Api.uniqueCode("ANY"), "Anyone", 30, null);
        anyone.put("eligibleApplicantTypes", List.of());
        String forAnyone = Api.ADVISOR.post("/api/v1/calls", anyone).then().statusCode(201).extract().path("id");
        Api.AUDITOR.get("/api/v1/calls?programmeId={p}&applicantType=MUNICIPALITY", programme).then()
                .body("items.id", equalTo(List.of(forMunicipalities, forAnyone)));
    }
}
