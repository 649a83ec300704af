package se.sodertalje.euportal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The product's clock: Swedish local time, since "today" for a municipality means Stockholm's today. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
