package se.sodertalje.euportal.partner.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.csv.CsvTable;
import se.sodertalje.euportal.partner.OrganisationType;

class CordisFormatTest {

    static String realExtract() throws IOException {
        try (InputStream in = CordisFormatTest.class.getResourceAsStream("/demo/cordis_h2020_participations_start2014.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRealExtractShouldMergeItsRowsByPic() throws IOException {
        ParsedOrganisations parsed = CordisFormat.parse(CsvTable.parse(realExtract()));
        assertEquals(List.of(), parsed.errors());
        assertEquals(12_584, parsed.rows());
        List<ImportedOrganisation> organisations = parsed.organisations();
        // 5,752 PICs; of the 11 rows without one, 8 name an organisation that has a PIC and 3 stand alone.
        assertEquals(5_752, organisations.stream().filter(o -> o.pic != null).count());
        assertEquals(3, organisations.stream().filter(o -> o.pic == null).count());
        assertEquals(12_584, organisations.stream().mapToInt(o -> o.participations.size()).sum());
        Map<String, ImportedOrganisation> byPic = organisations.stream().filter(o -> o.pic != null)
                .collect(Collectors.toMap(o -> o.pic, Function.identity()));

        ImportedOrganisation bristol = byPic.get("999974262");
        assertEquals("UNIVERSITY OF BRISTOL", bristol.legalName);
        assertEquals("GB", bristol.country);
        assertEquals(OrganisationType.UNIVERSITY, bristol.type);
        ImportedOrganisation durham = byPic.get("999866010");
        assertTrue(durham.participations.stream().anyMatch(p -> p.projectRef().equals("612862")),
                "Durham's row without a PIC joins the Durham that has one");
        ImportedOrganisation vaxjo = organisations.stream().filter(o -> "VAXJO KOMMUN".equals(o.legalName)).findFirst()
                .orElseThrow();
        assertEquals(OrganisationType.MUNICIPALITY, vaxjo.type);
        assertEquals("SE", vaxjo.country);
        assertEquals(OrganisationType.REGION, organisations.stream()
                .filter(o -> "STOCKHOLMS LAENS LANDSTING".equals(o.legalName)).findFirst().orElseThrow().type);
        ImportedOrganisation greek = organisations.stream().filter(o -> "EL".equals(o.country) || "GR".equals(o.country))
                .findFirst().orElseThrow();
        assertEquals("GR", greek.country);

        ImportedOrganisation unnamed = byPic.get("904325084");
        assertEquals("PIC 904325084 (name not published in CORDIS)", unnamed.legalName);
        assertNull(unnamed.country, "NA is a missing value in CORDIS, not Namibia");
        assertEquals(OrganisationType.OTHER, unnamed.type);
    }

    @Test
    void aBadRowShouldBeNamedAndItsOrganisationLeftOut() {
        String csv = """
                project_id,pic,partner_role,legal_name,legal_entity_type,country_code,start_date,ec_contribution
                1,999974262,Coordinator,UNIVERSITY OF BRISTOL,HES,UK,2014-01-01,1000
                2,12345,Participant,Short Pic,PRC,SE,2014-01-01,NA
                3,999886574,Participant,BAR ILAN UNIVERSITY,HES,XX,2014-01-01,NA
                4,999886575,Participant,Somewhere,HES,SE,someday,NA
                """;
        ParsedOrganisations parsed = CordisFormat.parse(CsvTable.parse(csv));
        assertEquals(List.of("rows[1].pic", "rows[2].country_code", "rows[3].start_date"),
                parsed.errors().stream().map(e -> e.field()).toList());
        assertEquals(1, parsed.organisations().size());
    }

    @Test
    void publicBodiesShouldBeToldApartByTheirNames() {
        assertEquals(OrganisationType.MUNICIPALITY, CordisFormat.type("PUB", "Halmstads kommun"));
        assertEquals(OrganisationType.MUNICIPALITY, CordisFormat.type("PUB", "COMUNE DI MILANO"));
        assertEquals(OrganisationType.REGION, CordisFormat.type("PUB", "VÄSTRA GÖTALANDSREGIONEN"));
        assertEquals(OrganisationType.REGION, CordisFormat.type("PUB", "Trøndelag fylkeskommune"));
        assertEquals(OrganisationType.PUBLIC_AUTHORITY, CordisFormat.type("PUB", "TRAFIKVERKET - TRV"));
        assertEquals(OrganisationType.RESEARCH_BODY, CordisFormat.type("REC", "RISE"));
        assertEquals(OrganisationType.SME, CordisFormat.type("PRC", "ETVENTURE GMBH"));
        assertEquals(OrganisationType.OTHER, CordisFormat.type("OTH", "Some association"));
    }
}
