package se.sodertalje.euportal.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.attachment.AttachmentView;
import se.sodertalje.euportal.application.attachment.FileType;
import se.sodertalje.euportal.application.attachment.Uploads;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.scan.Upload;
import se.sodertalje.euportal.scan.UploadKind;
import se.sodertalje.euportal.scan.UploadScanner;
import se.sodertalje.euportal.security.CurrentUser;

/** Events: made and kept by advisors and admins, read by every portal user. Codes EVENT-001, EVENT-005, EVENT-008. */
@ApplicationScoped
public class EventService {

    /** Events are held in Södertälje: times come and go in Swedish time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @ConfigProperty(name = "euportal.attachments.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "euportal.attachments.max-files-per-line")
    long maxFiles;

    @Inject
    UploadScanner scanner;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HistoryReader historyReader;


    public record EventFilter(LocalDate from, LocalDate to, EventKind kind) {
    }

    public List<EventViews.EventView> list(EventFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.from() != null) {
            query.append(" and endsAt >= :from");
            params.put("from", filter.from().atStartOfDay(ZONE).toInstant());
        }
        if (filter.to() != null) {
            query.append(" and startsAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        query.append(" order by startsAt, id");
        List<Event> events = Event.<Event>find(query.toString(), params).page(0, 500).list();
        return events.stream().map(this::view).toList();
    }

    public EventViews.EventView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public EventViews.EventView create(EventRequests.EventRequest request) {
        Event event = new Event();
        apply(event, request);
        event.createdBySubject = user.subject();
        event.createdByName = user.displayName();
        event.createdAt = clock.instant();
        event.persist();
        em.flush();
        return view(event);
    }

    @Transactional
    public EventViews.EventView update(UUID id, String ifMatch, EventRequests.EventRequest request) {
        Event event = find(id);
        ETags.requireMatch(ifMatch, event.version);
        Integer before = event.capacity;
        apply(event, request);
        em.flush();
        // More seats (or none limited any more): the waiting list moves up at once.
        if (before != null && (event.capacity == null || event.capacity > before)) {
            Registrations.fillSeats(event, clock.instant());
        }
        return view(event);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Event event = find(id);
        ETags.requireMatch(ifMatch, event.version);
        if (EventRegistration.count("eventId = ?1 and status <> ?2", id, RegistrationStatus.CANCELLED) > 0) {
            throw ApiProblem.conflict(ProblemCode.EVENT_005, "The event has registrations; cancel them first");
        }
        EventMaterial.delete("eventId", id);
        EventRegistration.delete("eventId", id);
        event.delete();
    }

    public List<HistoryEntry> history(UUID id) {
        return historyReader.historyOf(Event.class, id, true, EventService::snapshot, "Event " + id);
    }

    @Transactional
    public AttachmentView addMaterial(UUID id, String fileName, byte[] content) {
        Event event = find(id);
        Uploads.requireRoom(EventMaterial.count("eventId", event.id), maxFiles, "event");
        FileType type = Uploads.check(content, maxBytes);
        scanner.requireClean(new Upload(UploadKind.EVENT_MATERIAL, event.id, null, fileName, content));
        EventMaterial material = new EventMaterial();
        material.eventId = event.id;
        material.store(fileName, type, content, user.subject(), user.displayName(), clock.instant());
        material.persist();
        em.flush();
        return AttachmentView.of(material);
    }

    public EventMaterial material(UUID id, UUID materialId) {
        find(id);
        EventMaterial material = EventMaterial.findById(materialId);
        if (material == null || !material.eventId.equals(id)) {
            throw ApiProblem.notFound("Material " + materialId);
        }
        return material;
    }

    /** A material handed out as a download (recorded in the export log as every file handed out: HandedOutFiles). */
    public EventMaterial downloadMaterial(UUID id, UUID materialId) {
        return material(id, materialId);
    }

    @Transactional
    public void deleteMaterial(UUID id, UUID materialId) {
        material(id, materialId).delete();
    }

    static Event find(UUID id) {
        Event event = Event.findById(id);
        if (event == null) {
            throw ApiProblem.notFound("Event " + id);
        }
        return event;
    }

    /** The event, locked for the rest of the transaction: seats are counted and given one request at a time. */
    static Event lock(EntityManager em, UUID id) {
        Event event = em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ApiProblem.notFound("Event " + id);
        }
        return event;
    }

    private void apply(Event event, EventRequests.EventRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after the start", ProblemCode.EVENT_001));
        }
        if (blank(request.place()) && blank(request.link())) {
            errors.add(new FieldError("place", "give a place or a link", ProblemCode.EVENT_008));
        }
        List<UUID> units = request.audienceUnitIds() == null ? List.of()
                : request.audienceUnitIds().stream().distinct().toList();
        if (request.audience() == Audience.UNITS) {
            if (units.isEmpty()) {
                errors.add(new FieldError("audienceUnitIds", "name at least one unit for this audience", ProblemCode.EVENT_008));
            }
            for (int i = 0; i < units.size(); i++) {
                if (Unit.findById(units.get(i)) == null) {
                    errors.add(new FieldError("audienceUnitIds[" + i + "]", "no such unit", ProblemCode.EVENT_008));
                }
            }
        } else {
            units = List.of();
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        event.title = request.title().trim();
        event.kind = request.kind();
        event.startsAt = request.startsAt().atZone(ZONE).toInstant();
        event.endsAt = request.endsAt().atZone(ZONE).toInstant();
        event.place = blank(request.place()) ? null : request.place().trim();
        event.link = blank(request.link()) ? null : request.link().trim();
        event.audience = request.audience();
        event.audienceUnits = units;
        event.organiser = request.organiser().trim();
        event.description = blank(request.description()) ? null : request.description();
        event.capacity = request.capacity();
    }

    EventViews.EventView view(Event event) {
        long registered = EventRegistration.count("eventId = ?1 and status = ?2", event.id, RegistrationStatus.REGISTERED);
        long waiting = EventRegistration.count("eventId = ?1 and status = ?2", event.id, RegistrationStatus.WAITING);
        EventRegistration mine = user.isAuthenticated() ? EventRegistration.<EventRegistration>find(
                "eventId = ?1 and userSubject = ?2", event.id, user.subject()).firstResult() : null;
        RegistrationStatus myStatus = mine == null ? null : mine.status;
        Integer myPosition = mine != null && mine.status == RegistrationStatus.WAITING ? Registrations.position(mine) : null;
        List<AttachmentView> materials = EventMaterial.<EventMaterial>list("eventId = ?1 order by uploadedAt, id", event.id)
                .stream().map(AttachmentView::of).toList();
        return new EventViews.EventView(event.id, event.title, event.kind, local(event.startsAt), local(event.endsAt),
                ZONE.getId(), event.place, event.link, event.audience, units(event.audienceUnits), event.organiser,
                event.description, event.capacity, registered, waiting,
                event.capacity == null ? null : Math.max(0, event.capacity - registered), myStatus, myPosition, materials,
                new Actor(event.createdBySubject, event.createdByName), event.version);
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    private static List<EventViews.UnitRef> units(List<UUID> ids) {
        List<EventViews.UnitRef> refs = new ArrayList<>();
        for (UUID id : ids) {
            Unit unit = Unit.findById(id);
            if (unit != null) {
                refs.add(new EventViews.UnitRef(unit.id, unit.code, unit.name));
            }
        }
        return refs;
    }

    /** The units (ids) the caller belongs to, from their token's unit groups. */
    Set<UUID> callerUnits() {
        Set<String> codes = user.unitCodes();
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Unit.<Unit>list("code in ?1", codes).stream().map(u -> u.id).collect(Collectors.toSet());
    }

    static Map<String, Object> snapshot(Event e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", e.title);
        map.put("kind", e.kind);
        map.put("startsAt", e.startsAt);
        map.put("endsAt", e.endsAt);
        map.put("place", e.place);
        map.put("link", e.link);
        map.put("audience", e.audience);
        map.put("audienceUnits", e.audienceUnits);
        map.put("organiser", e.organiser);
        map.put("description", e.description);
        map.put("capacity", e.capacity);
        return map;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
