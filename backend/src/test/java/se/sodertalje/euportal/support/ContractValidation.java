package se.sodertalje.euportal.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;

/**
 * Checks every response the API tests receive against the committed openapi.yaml, so the contract
 * the SPA is generated from describes what the server really sends (nullable fields, error statuses).
 * Requests are not checked: some tests send bad input on purpose.
 */
final class ContractValidation {

    static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("..", "openapi.yaml").toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private ContractValidation() {
    }
}
