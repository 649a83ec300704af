package se.sodertalje.euportal.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.sodertalje.euportal.support.Api;

/**
 * Every ideas endpoint × every role, plus anonymous and a coordinator of another unit: the status
 * each gets. Each call works on fresh records of its own, so allowed writes really happen.
 */
@QuarkusTest
class IdeaRoleMatrixTest {

    /** Unit U (the caller's own, for applicant and coordinator), an idea of it and a screened idea. */
    record Fixture(String code, UUID unit, UUID idea, UUID screenedIdea) {

        static Fixture create() {
            String code = Api.uniqueCode("IRM");
            UUID unit = Api.createUnit(code, "Idématris");
            UUID idea = Ideas.create(Api.ADMIN, unit, "Matrisidé");
            UUID screened = Ideas.create(Api.ADMIN, unit, "Screenad matrisidé");
            Ideas.screen(screened);
            return new Fixture(code, unit, idea, screened);
        }
    }

    private static final List<String> ROLES = List.of(
            "anonymous", "applicant", "coordinator", "advisor", "auditor", "admin", "otherUnitCoordinator");

    private static Api caller(String role, Fixture f) {
        return switch (role) {
            case "anonymous" -> Api.ANONYMOUS;
            case "applicant" -> Api.applicant(f.code());
            case "coordinator" -> Api.coordinator(f.code());
            case "advisor" -> Api.ADVISOR;
            case "auditor" -> Api.AUDITOR;
            case "admin" -> Api.ADMIN;
            case "otherUnitCoordinator" -> Api.coordinator("ELSEWHERE");
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static final Map<String, BiFunction<Api, Fixture, Response>> CALLS = new LinkedHashMap<>();
    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    /** Expected statuses in the order of {@link #ROLES}. */
    private static void endpoint(String name, BiFunction<Api, Fixture, Response> call, Integer... statuses) {
        CALLS.put(name, call);
        EXPECTED.put(name, List.of(statuses));
    }

    static {
        //                                                                anon app coord adv  aud  admin other
        endpoint("GET /ideas", (a, f) -> a.get("/api/v1/ideas"), 401, 200, 200, 200, 200, 200, 200);
        endpoint("GET /ideas/{id}", (a, f) -> a.get("/api/v1/ideas/{id}", f.idea()), 401, 200, 200, 200, 200, 200, 404);
        endpoint("POST /ideas", (a, f) -> a.post("/api/v1/ideas", Ideas.idea(f.unit(), "Ny idé")),
                401, 201, 201, 201, 403, 201, 400);
        endpoint("PUT /ideas/{id}", (a, f) -> a.put("/api/v1/ideas/{id}", "\"0\"", Ideas.idea(f.unit(), "Ändrad"), f.idea()),
                401, 200, 200, 200, 403, 200, 404);
        endpoint("DELETE /ideas/{id}", (a, f) -> a.delete("/api/v1/ideas/{id}", "\"0\"", f.idea()),
                401, 204, 204, 204, 403, 204, 404);
        endpoint("PUT /ideas/{id}/screening",
                (a, f) -> a.put("/api/v1/ideas/{id}/screening", "\"0\"", Ideas.simpleScreening(), f.idea()),
                401, 200, 200, 200, 403, 200, 404);
        endpoint("POST /ideas/{id}/close", (a, f) -> Ideas.close(a, f.screenedIdea(), "\"1\""),
                401, 200, 200, 200, 403, 200, 404);
        endpoint("GET /ideas/{id}/history", (a, f) -> a.get("/api/v1/ideas/{id}/history", f.idea()),
                401, 403, 403, 200, 200, 200, 403);
        endpoint("GET /ideas/screening-rate", (a, f) -> a.get("/api/v1/ideas/screening-rate"),
                401, 403, 200, 200, 200, 200, 200);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        EXPECTED.forEach((endpoint, statuses) -> {
            for (int i = 0; i < ROLES.size(); i++) {
                cases.add(Arguments.of(endpoint, ROLES.get(i), statuses.get(i)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cases")
    void eachRoleShouldGetItsStatus(String endpoint, String role, int expected) {
        Fixture fixture = Fixture.create();
        Response response = CALLS.get(endpoint).apply(caller(role, fixture), fixture);
        assertEquals(expected, response.statusCode(), endpoint + " as " + role + ": " + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
        }
    }
}
