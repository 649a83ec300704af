package se.sodertalje.euportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeDiffTest {

    @Test
    void shouldListOnlyTheChangedFieldsInOrder() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Anna");
        before.put("email", "anna@example.se");
        before.put("phone", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "Anna Berg");
        after.put("phone", "123");
        assertEquals(List.of(new FieldChange("name", "Anna", "Anna Berg"), new FieldChange("phone", null, "123")),
                ChangeDiff.between(before, after));
    }

    @Test
    void aCreationShouldShowEverySetField() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", "SOC");
        after.put("parentId", null);
        assertEquals(List.of(new FieldChange("code", null, "SOC")), ChangeDiff.between(new HashMap<>(), after));
    }
}
