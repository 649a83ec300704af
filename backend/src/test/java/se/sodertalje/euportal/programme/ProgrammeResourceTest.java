package se.sodertalje.euportal.programme;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void anAdvisorShouldKeepAProgrammeAndItsRules() {
        String code = Api.uniqueCode("ERUF");
        UUID id = Api.createProgramme(code, "ERDF");
        Api.AUDITOR.get("/api/v1/programmes/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("fund", equalTo("ERDF")).body("rules.maxCoFinancingPercent", equalTo(40))
                .body("rules.currencyConversion", equalTo("INFOREURO_MONTHLY"));
        RuleSet rules = FundDefaults.rulesFor(Fund.ERDF);
        RuleSet lower = new RuleSet(rules.costCategories(), rules.flatRates(), new BigDecimal("35.50"),
                rules.currencyConversion(), rules.reportingPeriodMonths(), rules.retentionYears(), rules.stateAidRetentionYears(), rules.eligibleUntil());
        Api.ADVISOR.put("/api/v1/programmes/{id}", "\"0\"", Map.of("code", code, "fund", "ERDF", "name", "ERUF Stockholm",
                "managingAuthority", "Tillväxtverket", "rules", lower), id).then().statusCode(200)
                .body("rules.maxCoFinancingPercent", equalTo(35.5f)).header("ETag", "\"1\"");
        Api.applicant("UTB").get("/api/v1/programmes?fund=ERDF&q={q}", code).then().statusCode(200)
                .body("items.name", hasItem("ERUF Stockholm"));
        Api.ADVISOR.get("/api/v1/programmes/{id}/history", id).then().statusCode(200)
                .body("[0].changes.field", hasItem("rules"));
        Api.ADVISOR.delete("/api/v1/programmes/{id}", "\"1\"", id).then().statusCode(204);
    }

    @Test
    void rulesBeyondTheLegalCeilingsShouldBeRefusedFieldByField() {
        RuleSet rules = FundDefaults.rulesFor(Fund.INTERREG);
        Map<String, Object> body = Map.of("code", Api.uniqueCode("IR"), "fund", "INTERREG", "name", "Interreg X",
                "rules", new RuleSet(rules.costCategories(),
                        List.of(new FlatRateLimit(FlatRateType.OTHER_COSTS_ON_STAFF_COSTS, new BigDecimal("41"))),
                        new BigDecimal("85"), rules.currencyConversion(), 0, 5, 10, null));
        Api.ADVISOR.post("/api/v1/programmes", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("rules.flatRates[0].maxPercent", "rules.reportingPeriodMonths")))
                .body("errors[0].message", equalTo("must be above 0 and at most 40 % for OTHER_COSTS_ON_STAFF_COSTS"));
    }

    @Test
    void aProgrammeWithCallsShouldNotBeDeleted() {
        UUID programme = Api.createProgramme(Api.uniqueCode("PD"), "LIFE");
        Api.createCall(programme, Api.uniqueCode("CALL"), "Nature restoration", 20, null);
        Api.ADVISOR.delete("/api/v1/programmes/{id}", "\"0\"", programme).then().statusCode(409)
                .body("code", equalTo("PROGRAMME-002"));
    }
}
