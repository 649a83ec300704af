package se.sodertalje.euportal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the real PostgreSQL database, the local OIDC server, an SMTP server and clamd (the virus scan)
 * for every Quarkus test.
 */
@QuarkusTestResource(FreshDatabase.class)
@QuarkusTestResource(SmtpServer.class)
@QuarkusTestResource(ClamdServer.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
