package se.sodertalje.euportal.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the test instance's Prometheus scrape (/q/metrics on the management port) as an operator's scraper would. */
public final class Metrics {

    private Metrics() {
    }

    /** The management port the test instance listens on (random in tests). */
    public static int managementPort() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    public static String scrape() {
        return given().port(managementPort()).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the series of {@code name} (with or without labels) whose labels include all of {@code labels}. */
    public static double value(String metrics, String name, String... labels) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{(.*)\\})? (\\S+)$").matcher(metrics);
        while (m.find()) {
            String present = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= present.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
