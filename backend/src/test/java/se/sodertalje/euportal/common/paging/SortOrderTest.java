package se.sodertalje.euportal.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.ApiProblem;

class SortOrderTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "lower(u.name)", "code", "u.code");

    @Test
    void shouldTranslateFieldsAndDirectionsAndEndWithTheTieBreaker() {
        assertEquals("lower(u.name) asc, u.code desc, u.id asc", SortOrder.toJpql("name,-code", "code", ALLOWED, "u.id"));
        assertEquals("u.code asc, u.id asc", SortOrder.toJpql(null, "code", ALLOWED, "u.id"));
    }

    @Test
    void shouldRefuseAFieldThatIsNotAllowedNamingTheParameter() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> SortOrder.toJpql("name;drop table unit", "code", ALLOWED, "u.id"));
        assertEquals(400, problem.status());
        assertEquals("sort", problem.errors().get(0).field());
    }

    @Test
    void containsPatternShouldEscapeLikeWildcards() {
        assertEquals("%100\\%\\_sure%", Filters.containsPattern(" 100%_SURE "));
    }
}
