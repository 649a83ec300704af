package se.sodertalje.euportal.twintown;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/**
 * Twin towns and external networks: kept by the International Office, read by everyone signed in;
 * the agreement is checked like every upload and its download is in the export log; applications
 * with the twin town's organisation as partner show up on it.
 */
@QuarkusTest
class TwinTownTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static Map<String, Object> town(String organisation, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("organisationId", organisation, "name", name,
                "agreementKind", "SISTER_CITY", "signedOn", "2019-05-01", "renewedOn", "2024-05-01"));
        body.put("contacts", List.of(Map.of("name", "Li Wei", "role", "Foreign Affairs Office", "email", "li.wei@example.cn")));
        return body;
    }

    @Test
    void aTwinTownKeepsItsAgreementContactsActivitiesAndPartnerApplications() {
        String code = Api.uniqueCode("TT");
        UUID unit = Api.createUnit(code, "Vänortsenheten");
        Api applicant = Api.applicant(code);
        String organisation = Api.createPartner("Vänortsstaden " + UUID.randomUUID(), "CN", "MUNICIPALITY");

        applicant.post("/api/v1/twin-towns", town(organisation, "Wuxi")).then().statusCode(403);
        Map<String, Object> bad = town(organisation, "Wuxi");
        bad.put("renewedOn", "2018-01-01");
        Api.ADVISOR.post("/api/v1/twin-towns", bad).then().statusCode(400).body("errors[0].code", equalTo("TWIN-002"));
        String id = Api.ADVISOR.post("/api/v1/twin-towns", town(organisation, "Wuxi")).then().statusCode(201)
                .body("agreementKind", equalTo("SISTER_CITY")).body("contacts[0].name", equalTo("Li Wei"))
                .body("agreement", nullValue()).extract().path("id");
        Api.ADVISOR.post("/api/v1/twin-towns", town(organisation, "Wuxi igen")).then().statusCode(409)
                .body("code", equalTo("TWIN-001"));

        // The log: an activity with the units involved; corrected with If-Match.
        Map<String, Object> visit = new HashMap<>(Map.of("kind", "VISIT", "title", "Delegation från Wuxi",
                "startsOn", "2026-04-10", "endsOn", "2026-04-12", "unitIds", List.of(unit.toString()),
                "outcome", "Avsiktsförklaring om skolutbyte"));
        String activity = Api.ADVISOR.post("/api/v1/twin-towns/{id}/activities", visit, id).then().statusCode(201)
                .body("units[0].name", equalTo("Vänortsenheten")).extract().path("id");
        visit.put("endsOn", "2026-04-01");
        Api.ADVISOR.put("/api/v1/twin-towns/{id}/activities/{a}", "\"0\"", visit, id, activity).then().statusCode(400);
        visit.put("endsOn", "2026-04-13");
        Api.ADVISOR.put("/api/v1/twin-towns/{id}/activities/{a}", "\"7\"", visit, id, activity).then().statusCode(412);
        Api.ADVISOR.put("/api/v1/twin-towns/{id}/activities/{a}", "\"0\"", visit, id, activity).then().statusCode(200)
                .body("endsOn", equalTo("2026-04-13"));

        // The agreement: checked like every upload; the download is recorded in the export log.
        Api.ADVISOR.raw().contentType("application/octet-stream").body(new byte[] {1, 2, 3})
                .put("/api/v1/twin-towns/{id}/agreement", id).then().statusCode(415);
        Api.ADVISOR.request().contentType("application/pdf").body(PDF).queryParam("fileName", "Avtal Wuxi.pdf")
                .put("/api/v1/twin-towns/{id}/agreement", id).then().statusCode(200).body("fileName", equalTo("Avtal Wuxi.pdf"));
        applicant.raw().accept("application/octet-stream").get("/api/v1/twin-towns/{id}/agreement", id).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"));
        Api.ADVISOR.get("/api/v1/exports?kind=FILE&size=200").then().statusCode(200)
                .body("items.resource", hasItem("/api/v1/twin-towns/" + id + "/agreement"));

        // An application of the unit with the organisation as partner shows up on the twin town.
        String application = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(),
                "title", "Skolutbyte med Wuxi", "periodStart", "2027-01-01", "periodEnd", "2027-12-31"))
                .then().statusCode(201).extract().path("id");
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", organisation, "role", "PARTNER"),
                application).then().statusCode(201);
        applicant.get("/api/v1/twin-towns/{id}", id).then().statusCode(200)
                .body("applications.applicationId", contains(application)).body("activities.title", contains("Delegation från Wuxi"))
                .body("agreement.fileName", equalTo("Avtal Wuxi.pdf"));
        Api.applicant(Api.uniqueCode("TX")).get("/api/v1/twin-towns/{id}", id).then().statusCode(200)
                .body("applications.size()", equalTo(0));
        Api.ADVISOR.get("/api/v1/twin-towns/{id}/history", id).then().statusCode(200);
        Api.ADVISOR.get("/api/v1/twin-towns").then().statusCode(200).body("find { it.id == '" + id + "' }.activities", equalTo(1));
    }

    @Test
    void anExternalNetworkKeepsItsMembersAndMeetings() {
        String code = Api.uniqueCode("EN");
        UUID unit = Api.createUnit(code, "Nätverksenheten");
        String name = "SEU " + code;
        Map<String, Object> body = Map.of("name", name, "website", "https://seu.example.se",
                "members", List.of(Map.of("name", "Ada Ahlström", "unitId", unit.toString(), "role", "Styrelseledamot")));
        Api.applicant(code).post("/api/v1/external-networks", body).then().statusCode(403);
        String id = Api.ADVISOR.post("/api/v1/external-networks", body).then().statusCode(201)
                .body("members[0].unitName", equalTo("Nätverksenheten")).extract().path("id");
        Api.ADVISOR.post("/api/v1/external-networks", Map.of("name", name.toLowerCase())).then().statusCode(409)
                .body("code", equalTo("NETWORK-001"));
        Api.ADVISOR.post("/api/v1/external-networks/{id}/meetings", Map.of("heldOn", "2026-03-05", "title", "Vårmöte",
                "broughtBack", "Nya utlysningar inom ESF+ i höst"), id).then().statusCode(201);
        Api.applicant(code).get("/api/v1/external-networks/{id}", id).then().statusCode(200)
                .body("meetings[0].broughtBack", equalTo("Nya utlysningar inom ESF+ i höst"));
        Api.ADVISOR.post("/api/v1/external-networks/{id}/meetings", Map.of("title", "Utan datum"), id).then().statusCode(400);
    }
}
