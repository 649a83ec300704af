package se.sodertalje.euportal.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Projects;

@QuarkusTest
class NetworkDirectoryTest {

    @Test
    void directoryShouldHoldExactlyTheProjectManagersByContactRoleAndRunningTeamsOnePerPerson() {
        String code = Api.uniqueCode("NW");
        UUID unit = Api.createUnit(code, "Nätverksenheten");
        Api.createContact(unit, "Petra Projektledare", "petra." + code.toLowerCase() + "@example.se", "EU_PROJECT_MANAGER");
        // Not project managers: a finance contact, and a project manager whose period has ended.
        Api.createContact(unit, "Fia Ekonom", "fia." + code.toLowerCase() + "@example.se", "FINANCE_CONTACT");
        Api.ADMIN.post("/api/v1/contact-persons", Map.of("unitId", unit.toString(), "name", "Gunnar Gammal",
                "email", "gunnar." + code.toLowerCase() + "@example.se", "roles", List.of("EU_PROJECT_MANAGER"),
                "activeFrom", "2020-01-01", "activeTo", LocalDate.now().minusDays(1).toString())).then().statusCode(201);
        // The applicant is a registered project manager too, under their e-mail in capitals: one person.
        Api.createContact(unit, "Anna Applikant", ("applicant-" + code + "@example.test").toUpperCase(),
                "EU_PROJECT_MANAGER", "OTHER");
        String programmeCode = Api.uniqueCode("NP");
        UUID programme = Api.createProgramme(programmeCode, "ERDF");
        String call = Api.createCall(programme, Api.uniqueCode("NC"), "Nätverksutlysning", 30, null);
        Projects.Granted project = Projects.granted(code, unit, call);
        // The unit's coordinator joins the running project's team.
        Api.coordinator(code).get("/api/v1/me").then().statusCode(200);
        Api.applicant(code).post("/api/v1/applications/{id}/team", Map.of("subject", "sub-coordinator-" + code),
                project.applicationId()).then().statusCode(201);

        JsonPath members = Api.ADVISOR.get("/api/v1/network/members?unitId={u}", unit).then().statusCode(200)
                .body("total", equalTo(3)).extract().jsonPath().setRootPath("items");
        assertEquals(List.of("Anna Applikant", "Petra Projektledare", "Test coordinator-" + code),
                members.getList("name"));
        assertEquals(List.of("sub-applicant-" + code), members.getList("findAll { it.name == 'Anna Applikant' }.userSubject"));
        assertEquals(List.of("CONTACT_ROLE", "PROJECT_TEAM"), members.getList("find { it.name == 'Anna Applikant' }.sources"));
        assertEquals(List.of("RAPP – Rapporteringsprojekt " + code),
                members.getList("find { it.name == 'Anna Applikant' }.runningProjects"));
        assertEquals(List.of("Programme " + programmeCode), members.getList("find { it.name == 'Anna Applikant' }.programmes"));
        assertEquals(List.of("climate", "urban mobility"), members.getList("find { it.name == 'Anna Applikant' }.themes"));
        assertEquals(List.of("CONTACT_ROLE"), members.getList("find { it.name == 'Petra Projektledare' }.sources"));
        assertEquals(List.of(), members.getList("find { it.name == 'Petra Projektledare' }.runningProjects"));
        assertEquals(List.of("PROJECT_TEAM"), members.getList("find { it.name == 'Test coordinator-" + code + "' }.sources"));
        assertEquals(List.of(code + " Nätverksenheten"),
                members.getList("find { it.name == 'Test coordinator-" + code + "' }.units"));

        // Filters: by theme, by text, by programme, by whether they run a project now.
        assertEquals(2, Api.ADVISOR.get("/api/v1/network/members?unitId={u}&theme=CLIMATE", unit).jsonPath()
                .getList("items.name").size());
        assertEquals(List.of("Petra Projektledare"), Api.ADVISOR.get("/api/v1/network/members?unitId={u}&q=petra", unit)
                .jsonPath().getList("items.name"));
        assertEquals(2, Api.ADVISOR.get("/api/v1/network/members?programmeId={p}", programme).jsonPath()
                .getList("items.name").size());
        assertEquals(List.of("Petra Projektledare"), Api.ADVISOR.get("/api/v1/network/members?unitId={u}&running=false", unit)
                .jsonPath().getList("items.name"));

        // Paged like every list: two a page, the third on the second; reversed; a bad sort is a problem.
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&size=2", unit).then().statusCode(200)
                .body("items.name", equalTo(List.of("Anna Applikant", "Petra Projektledare")))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&size=2&page=1", unit).then().statusCode(200)
                .body("items.name", equalTo(List.of("Test coordinator-" + code))).body("total", equalTo(3));
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&size=2&page=5", unit).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(3));
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&sort=-name&size=1", unit).then().statusCode(200)
                .body("items.name", equalTo(List.of("Test coordinator-" + code)));
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&sort=email", unit).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
        Api.ADVISOR.get("/api/v1/network/members?unitId={u}&size=500", unit).then().statusCode(400);
    }

    @Test
    void directoryShouldExportAsCsvRecordedInTheExportLog() {
        String code = Api.uniqueCode("NX");
        UUID unit = Api.createUnit(code, "Exportenheten");
        Api.createContact(unit, "Ebba Export", "ebba." + code.toLowerCase() + "@example.se", "EU_PROJECT_MANAGER");
        String csv = Api.ADVISOR.raw().accept("text/csv").get("/api/v1/network/members?unitId={u}", unit).then()
                .statusCode(200).extract().asString();
        assertEquals(2, csv.strip().lines().count(), csv);
        // The CSV holds every entry, not the first page.
        Api.createContact(unit, "Erik Export", "erik." + code.toLowerCase() + "@example.se", "EU_PROJECT_MANAGER");
        String whole = Api.ADVISOR.raw().accept("text/csv").get("/api/v1/network/members?unitId={u}&size=1", unit).then()
                .statusCode(200).extract().asString();
        assertEquals(3, whole.strip().lines().count(), whole);
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("Ebba Export"));
        Api.ADVISOR.get("/api/v1/exports?kind=CSV&size=20").then().statusCode(200)
                .body("items.resource", org.hamcrest.Matchers.hasItem(containsString("/api/v1/network/members?unitId=" + unit)));
    }
}
