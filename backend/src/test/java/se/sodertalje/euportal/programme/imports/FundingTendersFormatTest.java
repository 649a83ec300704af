package se.sodertalje.euportal.programme.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.programme.Fund;

class FundingTendersFormatTest {

    static String realTopicList() throws IOException {
        try (InputStream in = FundingTendersFormatTest.class.getResourceAsStream("/demo/ft_portal_calls_topics.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRealTopicListShouldBeReadAsItIs() throws IOException {
        ParsedImport parsed = FundingTendersFormat.parse(realTopicList());
        assertEquals(List.of(), parsed.errors());
        assertEquals(420, parsed.calls().size());
        Map<Fund, Long> byFund = parsed.calls().stream()
                .collect(Collectors.groupingBy(ImportedCall::fund, Collectors.counting()));
        assertEquals(334L, byFund.get(Fund.HORIZON_EUROPE));
        assertEquals(7L, byFund.get(Fund.CERV));
        assertEquals(5L, byFund.get(Fund.ERASMUS_PLUS));
        assertEquals(2L, byFund.get(Fund.ESF_PLUS));
        assertEquals(2L, byFund.get(Fund.LIFE));
    }

    @Test
    void aDeadlineDateShouldCloseAt17BrusselsTime() {
        String summer = topic("T-1", "2026-07-06", "open");
        String winter = topic("T-2", "2027-01-14", "forthcoming");
        List<ImportedCall> calls = FundingTendersFormat.parse("[" + summer + "," + winter + "]").calls();
        assertEquals(Instant.parse("2026-07-06T15:00:00Z"), calls.get(0).closesAt());
        assertEquals(Instant.parse("2027-01-14T16:00:00Z"), calls.get(1).closesAt());
        assertEquals("Europe/Brussels", calls.get(0).timeZone());
        assertEquals("FT-43108390", calls.get(0).programmeCode());
        assertEquals(List.of("T-1", "climate"), calls.get(0).topics());
    }

    @Test
    void badRowsShouldBeNamedWithTheirFields() {
        ParsedImport parsed = FundingTendersFormat.parse("[" + topic("T-1", "2026-07-06", "open") + ","
                + topic("T-2", "6 July", "perhaps") + ",{\"title\":\"No id\"}]");
        List<String> fields = parsed.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("rows[1].deadline", "rows[1].callStatus", "rows[2].topicId", "rows[2].programmeId",
                "rows[2].programme", "rows[2].deadline"), fields);
        assertEquals(1, parsed.calls().size());
    }

    @Test
    void somethingOtherThanAJsonArrayShouldBeRefusedAsAWhole() {
        assertEquals("file", FundingTendersFormat.parse("{\"topics\": []}").errors().get(0).field());
        assertEquals("file", FundingTendersFormat.parse("not json").errors().get(0).field());
    }

    private static String topic(String id, String deadline, String status) {
        return """
                {"reference":"R","topicId":"%s","title":"Climate adaptation in cities","programme":"Horizon Europe",
                 "programmeId":"43108390","cluster":"","callIdentifier":"C","actionType":"RIA","deadline":"%s",
                 "callStatus":"%s","budgetMin":1000000,"budgetMax":2000000,"expectedGrants":3,
                 "keywords":"%s, climate, %s","portalUrl":"https://example.org/%s"}
                """.formatted(id, deadline, status, id, id, id);
    }
}
