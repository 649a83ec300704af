package se.sodertalje.euportal.programme.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class CallImportTest {

    private static Response importJson(String body) {
        return Api.ADVISOR.request().contentType("application/json").body(body).post("/api/v1/calls/import");
    }

    private static int total(String query) {
        return Api.ADVISOR.get("/api/v1/calls?size=1&status=OPEN&status=FORTHCOMING&status=CLOSED" + query).then().extract().path("total");
    }

    @Test
    void theRealTopicListShouldImportAsItIsAndAgainAsUpdates() throws Exception {
        String topics = FundingTendersFormatTest.realTopicList();
        importJson(topics).then().statusCode(200).body("created", equalTo(420)).body("updated", equalTo(0))
                .body("programmesCreated", greaterThanOrEqualTo(1));
        assertEquals(334, total("&fund=HORIZON_EUROPE&q=&topic="));
        Api.ADVISOR.get("/api/v1/calls?status=CLOSED&q=HORIZON-JU-EDCTP3-2026-SCILEADERSHIPWOMANSSAPRIZE").then()
                .body("items[0].identifier", equalTo("HORIZON-JU-EDCTP3-2026-SCILEADERSHIPWOMANSSAPRIZE"))
                .body("items[0].grantMax", equalTo(15000.0f)).body("items[0].programmeCode", equalTo("FT-43108390"));
        importJson(topics).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(420))
                .body("programmesCreated", equalTo(0));
    }

    @Test
    void oneBadRowShouldImportNothing() {
        int before = total("");
        String good = """
                {"topicId":"IMPORT-GOOD-1","title":"Good","programme":"LIFE","programmeId":"43252405",
                 "deadline":"2027-05-04","callStatus":"open","keywords":""}""";
        String bad = """
                {"topicId":"IMPORT-BAD-1","title":"Bad","programme":"LIFE","programmeId":"43252405",
                 "deadline":"someday","callStatus":"open","budgetMin":-3}""";
        importJson("[" + good + "," + bad + "]").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("IMPORT-001"))
                .body("errors.field", equalTo(java.util.List.of("rows[1].deadline", "rows[1].budgetMin")));
        assertEquals(before, total(""));
        Api.ADVISOR.get("/api/v1/calls?q=IMPORT-GOOD-1").then().body("total", equalTo(0));
    }

    @Test
    void aCsvFileShouldImportIntoAKnownProgrammeAndRefuseAnUnknownOne() {
        String code = Api.uniqueCode("CSV");
        Api.createProgramme(code, "ERDF");
        String csv = "programmeCode,identifier,title,opensAt,closesAt,timeZone,budget,topics,url\n"
                + code + "," + code + "-1,Grön omställning,2026-12-01T09:00,2027-02-15T17:00,Europe/Stockholm,"
                + "2500000,klimat;energi,https://tillvaxtverket.se\n";
        Api.ADVISOR.request().contentType("text/csv").body(csv).post("/api/v1/calls/import").then().statusCode(200)
                .body("created", equalTo(1));
        Api.ADVISOR.get("/api/v1/calls?q={q}", code + "-1").then().body("items[0].closesAt",
                equalTo("2027-02-15T17:00:00+01:00")).body("items[0].budget", equalTo(2500000.0f));
        Api.ADVISOR.request().contentType("text/csv").body(csv.replace(code + ",", "NO-SUCH-PROGRAMME,"))
                .post("/api/v1/calls/import").then().statusCode(400).body("errors[0].field", equalTo("rows[0].programmeCode"));
        Api.ADVISOR.request().contentType("text/csv").body("").post("/api/v1/calls/import").then().statusCode(400);
        Api.ADVISOR.request().contentType("text/csv").body(csv.replace("-1,", "-2,").replace("https://tillvaxtverket.se",
                "javascript:alert(1)")).post("/api/v1/calls/import").then().statusCode(400)
                .body("errors[0].field", equalTo("rows[0].url"));
        Api.ADVISOR.get("/api/v1/calls?q={q}", code).then().body("items.identifier",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code + "-2")));
    }
}
