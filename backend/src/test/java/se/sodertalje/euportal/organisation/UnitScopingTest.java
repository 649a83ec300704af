package se.sodertalje.euportal.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** Applicants and coordinators reach only their own units' records; others' answer 404 and stay out of lists. */
@QuarkusTest
class UnitScopingTest {

    private String codeA;
    private String codeB;
    private UUID unitA;
    private UUID unitB;
    private UUID contactB;

    @BeforeEach
    void twoUnits() {
        codeA = Api.uniqueCode("A");
        codeB = Api.uniqueCode("B");
        unitA = Api.createUnit(codeA, "Enhet A");
        unitB = Api.createUnit(codeB, "Enhet B");
        Api.createContact(unitA, "Anders A", "anders@a.example", "INTERNATIONAL_COORDINATOR");
        contactB = Api.createContact(unitB, "Beata B", "beata@b.example", "INTERNATIONAL_COORDINATOR");
    }

    @Test
    void anApplicantOfAShouldNeitherReadNorListNorGuessTheContactsOfB() {
        Api applicantA = Api.applicant(codeA);
        applicantA.get("/api/v1/contact-persons/{id}", contactB).then().statusCode(404)
                .contentType("application/problem+json");
        applicantA.get("/api/v1/contact-persons?size=200").then().statusCode(200)
                .body("items.unitId", everyItem(equalTo(unitA.toString())))
                .body("items.name", not(hasItem("Beata B")));
        applicantA.get("/api/v1/contact-persons?unitId={b}", unitB).then().body("total", equalTo(0));
        applicantA.get("/api/v1/contact-persons?q=beata").then().body("total", equalTo(0));
        applicantA.get("/api/v1/contact-persons/{id}", UUID.randomUUID()).then().statusCode(404);
        applicantA.get("/api/v1/units/{id}", unitB).then().statusCode(404);
        applicantA.get("/api/v1/units?size=200").then().body("items.code", equalTo(List.of(codeA)));
    }

    @Test
    void aCoordinatorOfAShouldNotChangeTheContactsOfB() {
        Api coordinatorA = Api.coordinator(codeA);
        Map<String, Object> body = Map.of("unitId", unitB.toString(), "name", "Kapad", "email", "x@a.example",
                "roles", List.of("OTHER"));
        coordinatorA.put("/api/v1/contact-persons/{id}", "\"0\"", body, contactB).then().statusCode(404);
        coordinatorA.delete("/api/v1/contact-persons/{id}", "\"0\"", contactB).then().statusCode(404);
        coordinatorA.post("/api/v1/contact-persons", body).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        Api.ADMIN.get("/api/v1/contact-persons/{id}", contactB).then().body("name", equalTo("Beata B"))
                .header("ETag", "\"0\"");
        Api.ADMIN.get("/api/v1/contact-persons?unitId={b}", unitB).then().body("total", equalTo(1));
    }

    @Test
    void aCoordinatorShouldKeepTheContactsOfTheirOwnUnit() {
        Api coordinatorA = Api.coordinator(codeA);
        coordinatorA.post("/api/v1/contact-persons", Map.of("unitId", unitA.toString(), "name", "Ny Person",
                "email", "ny@a.example", "roles", List.of("FINANCE_CONTACT"))).then().statusCode(201);
    }

    @Test
    void coverageShouldOnlyCountTheCoordinatorsOwnUnits() {
        UUID unitC = Api.createUnit(Api.uniqueCode("C"), "Enhet C utan samordnare");
        Api.coordinator(codeA).get("/api/v1/units/coordinator-coverage").then().statusCode(200)
                .body("activeUnits", equalTo(1)).body("unitsWithCoordinator", equalTo(1))
                .body("unitsWithoutCoordinator.size()", equalTo(0));
        Api.ADVISOR.get("/api/v1/units/coordinator-coverage").then().statusCode(200)
                .body("unitsWithoutCoordinator.id", hasItem(unitC.toString()))
                .body("unitsWithoutCoordinator.id", not(hasItem(unitA.toString())));
    }
}
