package se.sodertalje.euportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitGroupsTest {

    @Test
    void onlyDirectSubgroupsOfUnitsShouldCountAsUnits() {
        assertEquals(Set.of("SOC", "TEN"),
                UnitGroups.unitCodes(List.of("/units/SOC", "/units/TEN", "/admins", "/units/", "/units/SOC/sub", "SOC")));
    }
}
