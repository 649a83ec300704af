package se.sodertalje.euportal.common.db;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * For `make bench` only (off unless {@code euportal.bench.tag-statements=true}): a request carrying
 * {@code X-Bench-Tag: <tag>} has every SQL statement it issues prefixed with a comment naming the tag
 * ({@code bench:<tag>}), so that the benchmark can take exactly that request's statements from PostgreSQL's log, whatever
 * else (background jobs, other requests) ran in the same second.
 */
@PersistenceUnitExtension
public class BenchStatementTag implements StatementInspector {

    public static final String HEADER = "X-Bench-Tag";

    /** Letters, digits and dashes only: the tag goes into SQL text, inside a comment. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final boolean enabled = ConfigProvider.getConfig()
            .getOptionalValue("euportal.bench.tag-statements", Boolean.class).orElse(false);

    @Override
    public String inspect(String sql) {
        if (!enabled) {
            return sql;
        }
        String tag = currentTag();
        return tag == null ? sql : "/* bench:" + tag + " */ " + sql;
    }

    private static String currentTag() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext context = current.isAvailable() ? current.get().getCurrent() : null;
            String tag = context == null ? null : context.request().getHeader(HEADER);
            return tag != null && SAFE.matcher(tag).matches() ? tag : null;
        }
    }
}
