package se.sodertalje.euportal.partner.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An application of its own, and so a fresh database of its own (FreshDatabase), for the search
 * evaluation: it imports the whole CORDIS extract, which the other tests must not see, and names
 * the municipality's own organisation by its PIC.
 */
public class SearchEvaluationProfile implements QuarkusTestProfile {

    static final String OWN_PIC = "999999901";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("euportal.partners.own-organisation", OWN_PIC);
    }
}
