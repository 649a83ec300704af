package se.sodertalje.euportal.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The committed openapi.yaml names the demo realm's token endpoints (so it is the same on every machine);
 * the document a running backend serves (/q/openapi, Swagger UI) names the realm it really trusts: the
 * public issuer the SPA logs in with (OIDC_ISSUER, or OIDC_URL).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RuntimeOidcUrls implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String realm = ConfigProvider.getConfig().getOptionalValue("euportal.spa.oidc-authority", String.class)
                .orElse(IntegrationContract.DEMO_REALM).replaceAll("/+$", "");
        if (openAPI.getComponents() != null && !realm.equals(IntegrationContract.DEMO_REALM)) {
            IntegrationContract.securityScheme(openAPI, realm);
        }
    }
}
