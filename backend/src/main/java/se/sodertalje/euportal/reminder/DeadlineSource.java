package se.sodertalje.euportal.reminder;

import java.time.Instant;
import java.util.List;

/**
 * Deadlines kept by another feature (e.g. an event's start), found through CDI so that this package
 * needs not know the feature: reminded like report and call deadlines, once each, by preference.
 */
public interface DeadlineSource {

    /** Deadlines after {@code now} and before {@code before}. */
    List<Deadline> upcoming(Instant now, Instant before);
}
