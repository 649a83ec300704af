package se.sodertalje.euportal.idea;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** A unit's ideas are its own: other units' members neither find, read nor change them. */
@QuarkusTest
class IdeaScopingTest {

    @Test
    void anApplicantOfOneUnitCannotReachAnotherUnitsIdeas() {
        String codeA = Api.uniqueCode("SA");
        String codeB = Api.uniqueCode("SB");
        UUID unitA = Api.createUnit(codeA, "Enhet A");
        UUID unitB = Api.createUnit(codeB, "Enhet B");
        UUID ideaA = Ideas.create(Api.applicant(codeA), unitA, "A:s idé");
        UUID ideaB = Ideas.create(Api.applicant(codeB), unitB, "B:s idé");
        Api applicantA = Api.applicant(codeA);

        applicantA.get("/api/v1/ideas?size=200").then().statusCode(200)
                .body("items.id", hasItem(ideaA.toString())).body("items.id", not(hasItem(ideaB.toString())));
        applicantA.get("/api/v1/ideas?unitId={u}", unitB).then().body("total", equalTo(0));
        applicantA.get("/api/v1/ideas/{id}", ideaB).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        applicantA.put("/api/v1/ideas/{id}/screening", "\"0\"", Ideas.simpleScreening(), ideaB).then().statusCode(404);
        applicantA.put("/api/v1/ideas/{id}", "\"0\"", Ideas.idea(unitA, "Kapad"), ideaB).then().statusCode(404);
        Ideas.close(applicantA, ideaB, "\"0\"").then().statusCode(404);
        applicantA.delete("/api/v1/ideas/{id}", "\"0\"", ideaB).then().statusCode(404);
        applicantA.post("/api/v1/ideas", Ideas.idea(unitB, "För B")).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
        applicantA.put("/api/v1/ideas/{id}", "\"0\"", Ideas.idea(unitB, "Flyttad till B"), ideaA).then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));

        Api.applicant(codeB).get("/api/v1/ideas/{id}", ideaB).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("B:s idé")).body("screening", equalTo(null));
        Api.AUDITOR.get("/api/v1/ideas/{id}", ideaB).then().statusCode(200);
    }
}
