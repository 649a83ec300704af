package se.sodertalje.euportal.partner.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.sodertalje.euportal.partner.imports.PartnerImportService;
import se.sodertalje.euportal.support.Api;

/**
 * How well partner searches written by a municipality find partners in the real CORDIS extract
 * (Horizon 2020 projects starting in 2014). Each search names, by hand:
 * <ul>
 * <li>the CORDIS topics whose participants are relevant to it: a match is relevant when it took
 * part in a project of one of them (the topic says what the organisation did, whatever its name);
 * <li>organisations that must be in its top 10, each with the reason;
 * <li>organisations that must not be in its top 10 (a word of their name only, or the
 * municipality's own organisation, Södertälje kommun, named by its PIC in the profile).
 * </ul>
 * Prints precision at 5 and 10 per search; fails when the mean precision at 10 is below 0.6, any
 * search's is below 0.3, a must-have is missing or a must-not is present.
 */
@QuarkusTest
@TestProfile(SearchEvaluationProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSearchEvaluationTest {

    private static final String ENERGY_DISTRICTS = "Demonstration of optimised energy systems for high performance-energy districts";
    private static final String SMART_CITY_ENERGY = "Optimising Energy Systems in Smart Cities";
    private static final String TEL = "Technology-enhanced learning";
    private static final String SCIENCE_EDUCATION = "Raising youth awareness to Responsible Research and Innovation through Inquiry Based Science Education";
    private static final String EARLY_CHILDHOOD = "Early childhood education and care: promoting quality for individual, social and economic benefits";
    private static final String ACTIVE_AGEING = "Personalised health, active ageing, and independent living";
    private static final String AGEING_FINANCES = "The impact of ageing societies on public finances in Europe";
    private static final String INCLUSION = "ICT for smart and personalised inclusion";
    private static final String MIGRATION = "Addressing European governance of temporary migration and mobility to Europe";
    private static final String SOCIAL_ENTREPRENEURSHIP = "Social entrepreneurship for innovative and inclusive societies";
    private static final String SOCIAL_INNOVATION = "Social Innovation – empowering people, changing societies?";
    private static final String WATER_DEMO = "Water innovation demonstration projects";
    private static final String WATER_ICT = "ICT for water resources management";
    private static final String WATER_STRESS = "Water resources management under complex, multi-stressor conditions";
    private static final String WATER_PROCURERS = "Ensuring the integration of water and innovation demonstration projects and support to trans-national networks of procurers";
    private static final String PERSONAL_MOBILITY = "Integrated personal mobility for smart cities";
    private static final String COOPERATIVE_MOBILITY = "Co-operative mobility";
    private static final String MOBILITY_PATTERNS = "User behaviour and mobility patterns in the context of major societal trends";
    private static final String HERITAGE = "Transmitting and benefiting from cultural heritage in Europe";
    private static final String CULTURES_ADG = "ERC Advanced Grant - Cultures and cultural production";
    private static final String CULTURES_COG = "ERC Consolidator Grant - Cultures and Cultural Production";
    private static final String CULTURES_STG = "ERC Starting Grant - Cultures and cultural production";

    private static final String OWN = "Södertälje kommun";

    /** must: name → reason; mustNot: name → reason. */
    record Case(String name, Map<String, Object> body, Set<String> relevantTopics, Map<String, String> must,
            Map<String, String> mustNot) {
    }

    private static Map<String, Object> body(String title, String topic, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "topic", topic));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static final List<String> PUBLIC = List.of("MUNICIPALITY", "REGION", "PUBLIC_AUTHORITY");

    private static List<Case> cases() {
        return List.of(
                new Case("en energy districts", body("Energy-smart city district",
                        "Energy efficiency and renewable energy in a new city district: district heating, buildings and smart energy systems",
                        "organisationTypes", List.of("MUNICIPALITY", "RESEARCH_BODY", "SME")),
                        Set.of(ENERGY_DISTRICTS, SMART_CITY_ENERGY),
                        Map.of("VAXJO KOMMUN", "a municipality in the energy-districts demonstration",
                                "LUNDS KOMMUN", "a municipality in the energy-districts demonstration",
                                "HELSINGIN KAUPUNKI", "the city of Helsinki, in Optimising Energy Systems in Smart Cities"),
                        Map.of(OWN, "the municipality's own organisation")),
                new Case("sv energi", body("Energismart stadsdel",
                        "Energieffektivisering och förnybar energi i kommunens byggnader och fjärrvärme i en ny stadsdel",
                        "organisationTypes", List.of("MUNICIPALITY", "REGION")),
                        Set.of(ENERGY_DISTRICTS, SMART_CITY_ENERGY),
                        Map.of("VAXJO KOMMUN", "a municipality in the energy-districts demonstration",
                                "BORAS KOMMUN", "a municipality in the energy-districts demonstration"),
                        Map.of(OWN, "the municipality's own organisation")),
                new Case("en schools", body("Digital learning in our schools",
                        "Technology-enhanced learning in schools: teachers and pupils using digital tools in the classroom"),
                        Set.of(TEL, SCIENCE_EDUCATION, EARLY_CHILDHOOD),
                        Map.of("SKOLVERKET", "the Swedish schools agency, in a technology-enhanced learning project",
                                "HALMSTADS KOMMUN", "a municipality in a technology-enhanced learning project"),
                        Map.of(OWN, "the municipality's own organisation",
                                "LONDON BUSINESS SCHOOL", "a school by name only: its project is on markets",
                                "COPENHAGEN BUSINESS SCHOOL", "a school by name only: no project on learning",
                                "NEOMA BUSINESS SCHOOL", "a school by name only: its project is on social innovation")),
                new Case("sv skolor", body("Digitalt lärande i grundskolan",
                        "Digitalt lärande i skolan: lärare och elever som använder teknik i undervisningen",
                        "organisationTypes", List.of("MUNICIPALITY", "PUBLIC_AUTHORITY", "UNIVERSITY")),
                        Set.of(TEL, SCIENCE_EDUCATION, EARLY_CHILDHOOD),
                        Map.of("VARBERGS KOMMUN", "a municipality in a technology-enhanced learning project",
                                "HALMSTADS KOMMUN", "a municipality in a technology-enhanced learning project",
                                "KONNEVEDEN KUNTA", "a municipality in a technology-enhanced learning project"),
                        Map.of(OWN, "the municipality's own organisation",
                                "COPENHAGEN BUSINESS SCHOOL", "a school by name only: no project on learning")),
                new Case("en elderly care", body("Independent living for older people",
                        "Elderly care at home: active ageing and independent living of older people with digital support"),
                        Set.of(ACTIVE_AGEING, AGEING_FINANCES, INCLUSION),
                        Map.of("REGION SYDDANMARK", "a region in the active-ageing and independent-living project"),
                        Map.of()),
                new Case("sv äldreomsorg", body("Trygg äldreomsorg hemma",
                        "Äldreomsorg och hemtjänst med digitalt stöd för äldre som vill bo kvar hemma",
                        "organisationTypes", List.of("REGION", "MUNICIPALITY", "RESEARCH_BODY", "SME")),
                        Set.of(ACTIVE_AGEING, AGEING_FINANCES, INCLUSION),
                        Map.of("REGION SYDDANMARK", "a region in the active-ageing and independent-living project"),
                        Map.of()),
                new Case("en integration", body("Newcomers into work",
                        "Integration of newcomers: migrants and refugees into the labour market, social inclusion and migration policy",
                        "organisationTypes", List.of("UNIVERSITY", "RESEARCH_BODY", "PUBLIC_AUTHORITY", "NGO")),
                        Set.of(MIGRATION, SOCIAL_ENTREPRENEURSHIP, SOCIAL_INNOVATION, INCLUSION),
                        Map.of(), Map.of()),
                new Case("sv integration", body("Nyanlända i arbete",
                        "Integration av nyanlända och flyktingar genom språkstöd och arbetsmarknadsinsatser"),
                        Set.of(MIGRATION, SOCIAL_ENTREPRENEURSHIP, SOCIAL_INNOVATION, INCLUSION),
                        Map.of(), Map.of(OWN, "the municipality's own organisation")),
                new Case("en water", body("Water in the municipality",
                        "Water management: drinking water, wastewater and water resources of the municipality",
                        "organisationTypes", List.of("MUNICIPALITY", "PUBLIC_AUTHORITY", "RESEARCH_BODY", "SME")),
                        Set.of(WATER_DEMO, WATER_ICT, WATER_STRESS, WATER_PROCURERS),
                        Map.of("MUNICIPALITY OF THERMI", "a municipality in the project on ICT for water resources management"),
                        Map.of(OWN, "the municipality's own organisation")),
                new Case("sv vatten", body("Vatten i kommunen",
                        "Dagvatten, avlopp och dricksvatten: vattenförvaltning i kommunen",
                        "organisationTypes", List.of("MUNICIPALITY", "RESEARCH_BODY", "SME")),
                        Set.of(WATER_DEMO, WATER_ICT, WATER_STRESS, WATER_PROCURERS),
                        Map.of("OSLO KOMMUNE", "a municipality in a water innovation demonstration project"),
                        Map.of(OWN, "the municipality's own organisation")),
                new Case("en mobility", body("Smart mobility in town",
                        "Sustainable urban mobility: integrated personal mobility, public transport and cycling in a smart city"),
                        Set.of(PERSONAL_MOBILITY, COOPERATIVE_MOBILITY, MOBILITY_PATTERNS),
                        Map.of(), Map.of(OWN, "the municipality's own organisation")),
                new Case("sv mobilitet", body("Hållbar mobilitet",
                        "Hållbar mobilitet i staden: kollektivtrafik, cykel och smarta resor"),
                        Set.of(PERSONAL_MOBILITY, COOPERATIVE_MOBILITY, MOBILITY_PATTERNS),
                        Map.of(), Map.of(OWN, "the municipality's own organisation")),
                new Case("en culture", body("Heritage for everyone",
                        "Cultural heritage and culture for all citizens: museums, libraries and cultural production"),
                        Set.of(HERITAGE, CULTURES_ADG, CULTURES_COG, CULTURES_STG),
                        Map.of(), Map.of()),
                new Case("sv kultur", body("Kulturarv för alla",
                        "Kulturarv och kultur för alla invånare: museer och bibliotek"),
                        Set.of(HERITAGE, CULTURES_ADG, CULTURES_COG, CULTURES_STG),
                        Map.of(), Map.of()));
    }

    @Inject
    PartnerImportService importer;

    private String code;
    private UUID unit;

    private void importOnce() throws IOException {
        if (code != null) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/demo/cordis_h2020_participations_start2014.csv")) {
            // The service itself, as the demo data does: over HTTP a loaded machine may take longer than the client waits.
            importer.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Api.createPartner(OWN, "SE", "MUNICIPALITY", "englishName", "Municipality of Södertälje", "pic",
                SearchEvaluationProfile.OWN_PIC, "city", "Södertälje", "expertise", List.of("skola", "integration",
                        "klimatomställning", "stadsutveckling", "energy", "water", "mobility", "culture",
                        "elderly care"));
        code = Api.uniqueCode("EV");
        unit = Api.createUnit(code, "Utvärdering");
    }

    @Test
    void searchesOfAMunicipalityShouldFindTheRightPartners() throws IOException {
        importOnce();
        List<String> failures = new ArrayList<>();
        double sum = 0;
        StringBuilder report = new StringBuilder(String.format("%n%-20s %5s %5s  top 10%n", "search", "P@5", "P@10"));
        for (Case c : cases()) {
            Map<String, Object> body = new HashMap<>(c.body());
            body.put("unitId", unit.toString());
            String id = Api.applicant(code).post("/api/v1/partner-searches", body).then().statusCode(201)
                    .extract().path("id");
            List<Map<String, Object>> top = Api.applicant(code).get("/api/v1/partner-searches/{id}/matches?size=10", id)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            List<String> names = new ArrayList<>();
            int relevant5 = 0;
            int relevant10 = 0;
            for (int i = 0; i < top.size(); i++) {
                String name = (String) top.get(i).get("legalName");
                names.add(name);
                List<String> topics = Api.ADVISOR.get("/api/v1/partners/{id}/cooperation", top.get(i).get("organisationId"))
                        .then().statusCode(200).extract().jsonPath().getList("projects.topic");
                boolean relevant = c.must().containsKey(name) || topics.stream().anyMatch(c.relevantTopics()::contains);
                if (relevant) {
                    relevant10++;
                    relevant5 += i < 5 ? 1 : 0;
                }
            }
            double p10 = relevant10 / 10.0;
            sum += p10;
            report.append(String.format("%-20s %5.2f %5.2f  %s%n", c.name(), relevant5 / 5.0, p10, names));
            if (p10 < 0.3) {
                failures.add(c.name() + ": precision at 10 is " + p10);
            }
            c.must().forEach((name, why) -> {
                if (!names.contains(name)) {
                    failures.add(c.name() + ": " + name + " is missing from the top 10 (" + why + ")");
                }
            });
            c.mustNot().forEach((name, why) -> {
                if (names.contains(name)) {
                    failures.add(c.name() + ": " + name + " is in the top 10 (" + why + ")");
                }
            });
        }
        double mean = sum / cases().size();
        report.append(String.format("mean precision at 10: %.2f%n", mean));
        System.out.println(report);
        if (mean < 0.6) {
            failures.add("mean precision at 10 is " + mean);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + report);
    }
}
