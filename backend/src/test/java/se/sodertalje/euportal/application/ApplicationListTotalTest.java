package se.sodertalje.euportal.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.paging.CappedCount;
import se.sodertalje.euportal.support.Api;

/**
 * The applications list's total: counted exactly up to {@link CappedCount#LIMIT} matches, the planner's
 * estimate above (with {@code totalEstimated}), so that the advisor's list of 20 000 does not count them all.
 */
@QuarkusTest
class ApplicationListTotalTest {

    @Inject
    EntityManager em;

    @Test
    void aShortListIsCountedExactlyOnEveryPage() {
        String code = Api.uniqueCode("LT");
        UUID unit = Api.createUnit(code, "Listförvaltningen");
        Api applicant = Api.applicant(code);
        for (int i = 0; i < 3; i++) {
            applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "title", "Ansökan " + i))
                    .then().statusCode(201);
        }
        applicant.get("/api/v1/applications?size=2").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).body("totalEstimated", equalTo(false));
        applicant.get("/api/v1/applications?size=2&page=1").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(3)).body("totalEstimated", equalTo(false));
        applicant.get("/api/v1/applications?size=2&page=5").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(3)).body("totalEstimated", equalTo(false));
        applicant.get("/api/v1/applications?size=20&q=ansökan 1").then().statusCode(200)
                .body("total", equalTo(1)).body("totalEstimated", equalTo(false));
    }

    @Test
    void someoneWithoutUnitsGetsEmptyPagesEvenPastTheFirst() {
        Api nobody = Api.applicant();
        nobody.get("/api/v1/applications?page=3").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0)).body("totalEstimated", equalTo(false));
    }

    @Test
    void aLongListGetsAnEstimateSaidToBeOne() {
        String code = Api.uniqueCode("LT");
        UUID unit = Api.createUnit(code, "Storförvaltningen");
        int many = CappedCount.LIMIT + 5;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into application (id, unit_id, title, status, created_by_subject, created_by_name, created_at)
                select gen_random_uuid(), :unit, 'Massansökan ' || n, 'DRAFT', 'seed', 'Seed', now() - n * interval '1 minute'
                from generate_series(1, :many) n""").setParameter("unit", unit).setParameter("many", many).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze application").executeUpdate());

        Api.ADVISOR.get("/api/v1/applications?unitId={u}&size=20", unit).then().statusCode(200)
                .body("items", hasSize(20)).body("items[0].title", equalTo("Massansökan 1"))
                .body("totalEstimated", equalTo(true)).body("total", greaterThan(CappedCount.LIMIT));
        // Past the counted part, too: the total is never less than the rows up to the page.
        Api.ADVISOR.get("/api/v1/applications?unitId={u}&size=200&page=5", unit).then().statusCode(200)
                .body("items", hasSize(5)).body("total", equalTo(many)).body("totalEstimated", equalTo(false));
        Api.ADVISOR.get("/api/v1/applications?unitId={u}&size=200&page=4", unit).then().statusCode(200)
                .body("items", hasSize(200)).body("totalEstimated", equalTo(true))
                .body("total", greaterThan(CappedCount.LIMIT));
        // A filter that leaves few is counted exactly.
        Api.ADVISOR.get("/api/v1/applications?unitId={u}&q=massansökan 100", unit).then().statusCode(200)
                .body("total", equalTo(7)).body("totalEstimated", equalTo(false));

        // Read again, the page, the capped count and the estimate are all planned already: Hibernate's
        // plan cache is hit, not grown by one more entry per read (which made each lookup slower).
        Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = stats.getQueryPlanCacheMissCount();
            Api.ADVISOR.get("/api/v1/applications?unitId={u}&size=20", unit).then().statusCode(200)
                    .body("totalEstimated", equalTo(true));
            fewest = Math.min(fewest, stats.getQueryPlanCacheMissCount() - before);
        }
        assertEquals(0, fewest, "query plans missed on a repeated read of the list");
    }
}
