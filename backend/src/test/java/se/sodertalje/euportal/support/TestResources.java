package se.sodertalje.euportal.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Registers the real PostgreSQL database and the local OIDC server for every Quarkus test. */
@QuarkusTestResource(FreshDatabase.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
