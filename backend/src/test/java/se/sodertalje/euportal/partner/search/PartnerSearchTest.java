package se.sodertalje.euportal.partner.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sodertalje.euportal.support.Api;

/**
 * Ranking on a small hand-made register. Its organisations are in Antarctica (AQ) and on Bouvet
 * Island (BV), where no other test and no import puts any, so the searches see only them.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSearchTest {

    private String code;
    private UUID unit;
    private String polarSchools;
    private String skolverket;
    private String iceInstitute;
    private String penguinEnergy;

    /** Once per class, on the first test's call (RestAssured knows the port only inside a test). */
    private void register() {
        if (code != null) {
            return;
        }
        code = Api.uniqueCode("PS");
        unit = Api.createUnit(code, "Sökkontoret");
        polarSchools = Api.createPartner("Polar School Network " + code, "AQ", "NGO",
                "expertise", List.of("digital schools", "teacher training"),
                "description", "A network of schools on research stations sharing digital learning material.");
        skolverket = Api.createPartner("Antarktiska skolverket " + code, "AQ", "PUBLIC_AUTHORITY",
                "expertise", List.of("digitala skolor", "lärarutbildning"),
                "description", "Myndigheten för skolorna på forskningsstationerna och deras lärare.");
        iceInstitute = Api.createPartner("Ice Core Institute " + code, "AQ", "RESEARCH_BODY",
                "description", "Glaciology; outreach to schools during the polar summer.");
        penguinEnergy = Api.createPartner("Penguin Energy " + code, "BV", "SME", "twinTown", true,
                "expertise", List.of("solar power"), "description", "Renewable energy for remote sites.");
    }

    private Map<String, Object> search(String topic, Object... more) {
        register();
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit.toString(), "title", "Sökning " + code,
                "topic", topic, "countries", List.of("aq", "BV")));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private String post(Map<String, Object> body) {
        return Api.applicant(code).post("/api/v1/partner-searches", body).then().statusCode(201)
                .body("countries", contains("AQ", "BV")).extract().path("id");
    }

    private JsonPath matches(String searchId) {
        return Api.applicant(code).get("/api/v1/partner-searches/{id}/matches", searchId).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theBestMatchShouldComeFirstWithItsReasons() {
        String id = post(search("Digital schools and teacher training"));
        JsonPath result = matches(id);
        assertEquals(List.of(polarSchools, skolverket, iceInstitute), result.getList("items.organisationId"));
        assertEquals(3, result.getInt("total"));
        assertEquals(List.of("NAME", "EXPERTISE", "DESCRIPTION", "COUNTRY"), result.getList("items[0].reasons.kind"));
        assertEquals("digital schools, teacher training", result.getString("items[0].reasons[1].detail"));
        assertEquals("AQ", result.getString("items[0].reasons[3].detail"));
        assertEquals(List.of("DESCRIPTION", "COUNTRY"), result.getList("items[2].reasons.kind"));
    }

    @Test
    void swedishWordsShouldFindSwedishEntriesByTheirStems() {
        // "skolorna" and "lärarna" are in no entry; their stems are, in Antarktiska skolverket's
        // expertise ("skolor") and description ("skolorna", "lärare"); "och" matches nothing. Their
        // English (TopicGlossary: school, teachers) finds the Polar School Network's expertise and the
        // Ice Core Institute's "outreach to schools" too.
        String id = post(search("Skolorna och lärarna"));
        JsonPath result = matches(id);
        List<String> ids = result.getList("items.organisationId");
        assertEquals(Set.of(skolverket, polarSchools, iceInstitute), Set.copyOf(ids));
        String found = "items[" + ids.indexOf(skolverket) + "].reasons";
        assertEquals(List.of("EXPERTISE", "DESCRIPTION", "COUNTRY"), result.getList(found + ".kind"));
        assertEquals("digitala skolor", result.getString(found + "[0].detail"));
        assertEquals(3, result.getInt("total"));
    }

    @Test
    void typesAndCountriesSoughtShouldNarrowTheMatches() {
        String id = post(search("schools", "organisationTypes", List.of("RESEARCH_BODY")));
        JsonPath result = matches(id);
        assertEquals(List.of(iceInstitute), result.getList("items.organisationId"));
        assertEquals(List.of("DESCRIPTION", "COUNTRY", "TYPE"), result.getList("items[0].reasons.kind"));
        Api.applicant(code).get("/api/v1/partner-searches/{id}/matches?sort=legalName", id).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void anOrganisationThatExpressedInterestShouldLeadTheMatches() {
        String id = post(search("Digital schools", "interestDeadline", LocalDate.now().minusDays(1).toString()));
        Api.applicant(code).post("/api/v1/partner-searches/{id}/interests", Map.of("organisationId", penguinEnergy,
                "proposedRole", "ASSOCIATED_PARTNER", "receivedOn", LocalDate.now().toString(),
                "note", "Can power the stations' classrooms"), id).then().statusCode(201).body("late", equalTo(true))
                .body("legalName", equalTo("Penguin Energy " + code));
        Api.applicant(code).post("/api/v1/partner-searches/{id}/interests", Map.of("organisationId", penguinEnergy,
                "receivedOn", LocalDate.now().toString()), id).then().statusCode(409).body("code", equalTo("SEARCH-002"));
        JsonPath result = matches(id);
        assertEquals(penguinEnergy, result.getString("items[0].organisationId"));
        assertEquals(List.of("EXPRESSED_INTEREST", "COUNTRY", "TWIN_TOWN"), result.getList("items[0].reasons.kind"));
        Api.AUDITOR.get("/api/v1/partner-searches/{id}", id).then().body("interests", equalTo(1));
        Api.AUDITOR.get("/api/v1/partners/{id}/cooperation", penguinEnergy).then()
                .body("searches.searchId", hasItem(id));

        String etag = Api.applicant(code).get("/api/v1/partner-searches/{id}", id).header("ETag");
        Api.applicant(code).put("/api/v1/partner-searches/{id}", etag, search("Digital schools", "status", "CLOSED"), id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        Api.applicant(code).post("/api/v1/partner-searches/{id}/interests", Map.of("organisationId", polarSchools,
                "receivedOn", LocalDate.now().toString()), id).then().statusCode(409).body("code", equalTo("SEARCH-001"));
    }

    @Test
    void aSearchShouldBeSeenOnlyByItsUnitTheOfficeAndAuditors() {
        String id = post(search("Digital schools"));
        Api other = Api.applicant("ANNAN-" + code);
        other.get("/api/v1/partner-searches/{id}", id).then().statusCode(404);
        other.get("/api/v1/partner-searches/{id}/matches", id).then().statusCode(404);
        other.get("/api/v1/partner-searches/{id}/interests", id).then().statusCode(404);
        other.get("/api/v1/partner-searches").then().statusCode(200).body("items.id", not(hasItem(id)));
        other.get("/api/v1/partners/{id}/cooperation", polarSchools).then().body("searches.searchId", not(hasItem(id)));
        other.post("/api/v1/partner-searches", search("Digital schools")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        Api.ADVISOR.get("/api/v1/partner-searches?unitId=" + unit).then().body("items.id", hasItem(id));
        Api.AUDITOR.get("/api/v1/partner-searches/{id}/matches", id).then().statusCode(200);
        Api.applicant(code).get("/api/v1/partners/{id}/cooperation", polarSchools).then()
                .body("searches.searchId", hasItem(id)).body("searches.find { it.searchId == '" + id + "' }.matches",
                        equalTo(true));
        Api.AUDITOR.post("/api/v1/partner-searches", search("x")).then().statusCode(403);
    }

    @Test
    void theMatchesShouldFollowTheRegisterAndPageInRankOrder() {
        String id = post(search("Digital schools and teacher training"));
        List<String> all = matches(id).getList("items.organisationId");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < all.size(); page++) {
            paged.add(Api.applicant(code).get("/api/v1/partner-searches/{id}/matches?size=1&page=" + page, id).then()
                    .body("total", equalTo(all.size())).extract().path("items[0].organisationId"));
        }
        assertEquals(all, paged);

        // Registered after the search was posted, it is ranked at once; changed to match no word, it drops out.
        String late = Api.createPartner("Teacher Training College " + code, "BV", "UNIVERSITY");
        List<String> withLate = matches(id).getList("items.organisationId");
        assertEquals(all.size() + 1, withLate.size());
        assertEquals(true, withLate.contains(late));
        String etag = Api.ADVISOR.get("/api/v1/partners/{id}", late).header("ETag");
        Api.ADVISOR.put("/api/v1/partners/{id}", etag, Api.partnerBody("Penguin Colony Survey " + code, "BV",
                "RESEARCH_BODY"), late).then().statusCode(200);
        assertEquals(all, matches(id).getList("items.organisationId"));
    }

    @Test
    void badCriteriaShouldBeNamed() {
        Api.applicant(code).post("/api/v1/partner-searches", search("x", "countries", List.of("SE", "Sverige"),
                "ideaId", UUID.randomUUID().toString())).then().statusCode(400)
                .body("errors.field", contains("ideaId", "countries[1]"));
    }

    @Test
    void anotherUnitsDraftShouldNotCountAsCooperationUntilItIsSubmitted() {
        // Its own organisation on Heard Island (HM), where nothing else is, so the other tests' lists stay as they are.
        String other = Api.uniqueCode("PO");
        UUID otherUnit = Api.createUnit(other, "Den andra enheten");
        String krill = Api.createPartner("Krill Research Station " + other, "HM", "RESEARCH_BODY",
                "expertise", List.of("marine ecology"));
        String draft = Api.readyDraft(Api.applicant(other), otherUnit, "Krillprojektet " + other);
        Api.applicant(other).post("/api/v1/applications/{id}/partners", Map.of("organisationId", krill,
                "role", "PARTNER"), draft).then().statusCode(201);
        register();
        Map<String, Object> body = search("Marine ecology");
        body.put("countries", List.of("HM"));
        String id = Api.applicant(code).post("/api/v1/partner-searches", body).then().statusCode(201).extract().path("id");

        JsonPath whileDraft = matches(id);
        assertEquals(List.of(krill), whileDraft.getList("items.organisationId"));
        assertEquals(List.of("EXPERTISE", "COUNTRY"), whileDraft.getList("items[0].reasons.kind"),
                "another unit's draft is its work in progress, not a cooperation");

        setStatus(draft, "SUBMITTED");
        JsonPath submitted = matches(id);
        assertEquals(List.of("EXPERTISE", "COUNTRY", "PREVIOUS_COOPERATION"), submitted.getList("items[0].reasons.kind"));
        assertEquals("1", submitted.getString("items[0].reasons[2].detail"));
        assertEquals(whileDraft.getDouble("items[0].score") + MatchScore.PREVIOUS_COOPERATION,
                submitted.getDouble("items[0].score"), 0.0001);
    }

    /** The ranking's rule is under test here, not the workflow that gets an application to the funder. */
    private static void setStatus(String application, String status) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update application set status = :s where id = :id")
                .setParameter("s", status).setParameter("id", UUID.fromString(application)).executeUpdate());
    }
}
