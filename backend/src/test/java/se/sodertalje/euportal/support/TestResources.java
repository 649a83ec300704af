package se.sodertalje.euportal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Registers the real PostgreSQL database, the local OIDC server and an SMTP server for every Quarkus test. */
@QuarkusTestResource(FreshDatabase.class)
@QuarkusTestResource(SmtpServer.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
