package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.export.ExportKind;
import se.sodertalje.euportal.export.ExportLog;
import se.sodertalje.euportal.reminder.ReminderConfig;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.UserProfile;

/**
 * Calendar files: one per event, and each user's feed of the events they registered for, at a URL
 * whose secret is the only thing it grants (read that user's events). Only the secret's SHA-256 is
 * kept; renewing replaces it, so the old URL answers 404. Every file handed out is in the export log.
 */
@ApplicationScoped
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A calendar file and its name. */
    public record CalendarFile(byte[] content, String fileName) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ReminderConfig config;

    @Transactional
    public CalendarFile event(UUID id, String resource) {
        Event event = EventService.find(id);
        byte[] bytes = ICalendar.write(event.title, List.of(new ICalendar.Entry(event, false)), clock.instant(),
                config.portalBase());
        log(bytes, resource, user.subject(), user.displayName());
        return new CalendarFile(bytes, "event-" + event.id + ".ics");
    }

    public EventViews.FeedView myFeed() {
        CalendarFeed feed = CalendarFeed.findById(user.subject());
        return new EventViews.FeedView(feed != null, feed == null ? null : feed.createdAt, null);
    }

    /** Makes the caller's feed, or renews it: the previous URL stops working at once. */
    @Transactional
    public EventViews.FeedView renewMyFeed(String apiBase) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        CalendarFeed feed = CalendarFeed.findById(user.subject());
        if (feed == null) {
            feed = new CalendarFeed();
            feed.userSubject = user.subject();
        }
        feed.secretSha256 = Hashes.sha256(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        feed.createdAt = clock.instant();
        feed.persist();
        return new EventViews.FeedView(true, feed.createdAt, apiBase + "/api/v1/events/feed/" + secret + ".ics");
    }

    @Transactional
    public void revokeMyFeed() {
        CalendarFeed.deleteById(user.subject());
    }

    /** The feed for a secret; 404 for an unknown, renewed or revoked one (never saying which). */
    @Transactional
    public CalendarFile feed(String secret, String resource) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            throw ApiProblem.notFound("Calendar feed");
        }
        CalendarFeed feed = CalendarFeed.<CalendarFeed>find("secretSha256",
                Hashes.sha256(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).firstResult();
        if (feed == null) {
            throw ApiProblem.notFound("Calendar feed");
        }
        List<ICalendar.Entry> entries = EventRegistration.<EventRegistration>list(
                "userSubject = ?1 and status <> ?2", feed.userSubject, RegistrationStatus.CANCELLED).stream()
                .map(r -> new ICalendar.Entry(Event.findById(r.eventId), r.status == RegistrationStatus.WAITING))
                .sorted((a, b) -> a.event().startsAt.compareTo(b.event().startsAt)).toList();
        UserProfile profile = UserProfile.findById(feed.userSubject);
        String name = profile == null || profile.name == null ? feed.userSubject : profile.name;
        byte[] bytes = ICalendar.write("EU-portalen: " + name, entries, clock.instant(), config.portalBase());
        // The path carries the secret: the log names the feed, not the key to it.
        log(bytes, "/api/v1/events/feed/{secret}.ics", feed.userSubject, name + " (calendar feed)");
        return new CalendarFile(bytes, "euportal.ics");
    }

    private void log(byte[] bytes, String resource, String subject, String name) {
        ExportLog log = new ExportLog();
        log.kind = ExportKind.ICS;
        log.resource = resource.length() > 1000 ? resource.substring(0, 1000) : resource;
        log.sha256 = Hashes.sha256(bytes);
        log.sizeBytes = bytes.length;
        log.actorSubject = subject;
        log.actorName = name;
        log.at = clock.instant();
        log.persist();
    }
}
