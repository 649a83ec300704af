package se.sodertalje.euportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Tokens;

/**
 * People hold several roles: an auditor who also applies for their own unit, an advisor who
 * coordinates another unit. Over every write of the role matrix (and every role added to it
 * later), such a person succeeds exactly where one of their roles alone would: the global role
 * (its column in the matrix) or the unit role in a unit other than the record's (the matrix's
 * coordinator of another unit). Reads are not combined here: a global reader reads everything.
 */
@QuarkusTest
class RoleCombinationTest {

    /**
     * A global role (or the controller role, appointed to no project of the matrix: its column is the
     * matrix's otherController) with the coordinator's or applicant's role in another unit than the record's.
     */
    private record Combination(String name, String globalRole, String... unitRoles) {

        String column() {
            return Roles.CONTROLLER.equals(globalRole) ? "otherController" : globalRole;
        }


        Api caller() {
            String[] roles = Stream.concat(Stream.of(globalRole), Stream.of(unitRoles)).toArray(String[]::new);
            return new Api(Tokens.of(name, List.of("ELSEWHERE"), roles));
        }
    }

    private static final List<Combination> COMBINATIONS = List.of(
            new Combination("auditor+applicant", Roles.AUDITOR, Roles.APPLICANT),
            new Combination("auditor+coordinator", Roles.AUDITOR, Roles.COORDINATOR, Roles.APPLICANT),
            new Combination("advisor+coordinator", Roles.ADVISOR, Roles.COORDINATOR, Roles.APPLICANT),
            new Combination("controller+applicant", Roles.CONTROLLER, Roles.APPLICANT),
            new Combination("controller+coordinator", Roles.CONTROLLER, Roles.COORDINATOR, Roles.APPLICANT));

    private static final java.util.Map<String, RoleMatrixTest.Fixture> SHARED = new java.util.HashMap<>();

    static Stream<Arguments> cases() {
        return RoleMatrixTest.CALLS.keySet().stream().filter(endpoint -> !endpoint.startsWith("GET "))
                .flatMap(endpoint -> COMBINATIONS.stream().map(c -> Arguments.of(endpoint, c.name())));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void aCombinationShouldSucceedOnlyWhereOneOfItsRolesWould(String endpoint, String combinationName) {
        Combination combination = COMBINATIONS.stream().filter(c -> c.name().equals(combinationName)).findFirst().orElseThrow();
        List<Integer> expected = RoleMatrixTest.EXPECTED.get(endpoint);
        boolean globalSucceeds = succeeds(expected.get(RoleMatrixTest.ROLES.indexOf(combination.column())));
        boolean unitRoleSucceeds = succeeds(expected.get(RoleMatrixTest.ROLES.indexOf("otherUnitCoordinator")));

        // As in the matrix: the combinations of one endpoint share its fixture until a call changes it.
        RoleMatrixTest.Fixture fixture = SHARED.computeIfAbsent(endpoint, e -> new RoleMatrixTest.Fixture());
        if (globalSucceeds || unitRoleSucceeds) {
            SHARED.remove(endpoint);
        }
        Response response = RoleMatrixTest.CALLS.get(endpoint).apply(combination.caller(), fixture);

        assertEquals(globalSucceeds || unitRoleSucceeds, succeeds(response.statusCode()),
                endpoint + " as " + combinationName + " answered " + response.statusCode() + ": " + response.asString());
        if (!succeeds(response.statusCode())) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
        }
    }

    private static boolean succeeds(int status) {
        return status >= 200 && status < 300;
    }
}
