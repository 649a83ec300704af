package se.sodertalje.euportal.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed openapi.yaml is the contract the SPA is generated from: it must equal what the code serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi", "openapi.yaml");

    @Test
    void committedContractShouldEqualTheServedOne() throws IOException {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        // Compared as trees: SmallRye does not keep the order of a schema's keywords stable between builds.
        boolean equal = !committed.isBlank() && YAML.readTree(served).equals(YAML.readTree(committed));
        if (!equal) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served);
        }
        assertTrue(equal, "openapi.yaml differs from the API the code serves (written to backend/" + SERVED
                + "): run `make openapi` and commit the result");
    }
}
