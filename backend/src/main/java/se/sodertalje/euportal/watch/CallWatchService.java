package se.sodertalje.euportal.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * Call watches: each user's own, and the units' (kept by the unit's coordinator or the office). The
 * office (advisors, admins) and auditors see every watch; a coordinator sees the own units'; everyone
 * sees their own. Saving a watch records the calls it already matches without telling anyone: only
 * calls that come or change afterwards are news.
 */
@ApplicationScoped
public class CallWatchService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    UnitAccess access;

    @Inject
    Clock clock;

    @Inject
    HistoryReader historyReader;

    @Inject
    CallWatchMatcher matcher;

    /** scope: MINE (personal), UNITS (units' watches), or null for every watch the caller sees. */
    public List<CallWatchView> list(WatchScope scope, UUID unitId) {
        List<CallWatch> watches = CallWatch.<CallWatch>listAll().stream().filter(this::sees)
                .filter(w -> scope == null || (scope == WatchScope.MINE ? w.ownerSubject != null : w.unitId != null))
                .filter(w -> unitId == null || unitId.equals(w.unitId))
                .toList();
        Map<UUID, Long> counts = openMatchCounts();
        Map<UUID, Unit> units = new HashMap<>();
        return watches.stream()
                .sorted(Comparator.comparing((CallWatch w) -> w.unitId == null ? "" : unit(w.unitId, units).code)
                        .thenComparing(w -> w.name.toLowerCase()))
                .map(w -> view(w, counts.getOrDefault(w.id, 0L), units)).toList();
    }

    public CallWatchView get(UUID id) {
        CallWatch watch = find(id);
        return view(watch, openMatchCounts().getOrDefault(id, 0L), new HashMap<>());
    }

    @Transactional
    public CallWatchView create(CallWatchRequest request) {
        CallWatch watch = new CallWatch();
        if (request.unitId() == null) {
            if (!canWritePersonal()) {
                throw forbidden();
            }
            watch.ownerSubject = user.subject();
        } else {
            if (Unit.findById(request.unitId()) == null) {
                throw ApiProblem.invalid("unitId", "no such unit", ProblemCode.EXISTS);
            }
            if (!keepsUnit(request.unitId())) {
                throw forbidden();
            }
            watch.unitId = request.unitId();
        }
        apply(watch, request);
        watch.createdBySubject = user.subject();
        watch.createdByName = user.displayName();
        watch.createdAt = clock.instant();
        watch.persist();
        em.flush();
        recordPresentMatches(watch);
        return get(watch.id);
    }

    @Transactional
    public CallWatchView update(UUID id, String ifMatch, CallWatchRequest request) {
        CallWatch watch = find(id);
        requireEdit(watch);
        ETags.requireMatch(ifMatch, watch.version);
        boolean personal = watch.ownerSubject != null;
        if (personal ? request.unitId() != null : !watch.unitId.equals(request.unitId())) {
            throw ApiProblem.invalid("unitId", "a watch stays personal or its unit's; save a new one instead", ProblemCode.FIXED);
        }
        apply(watch, request);
        em.flush();
        // Matches the watch no longer has stay listed; new ones with today's calls are not news.
        recordPresentMatches(watch);
        return get(id);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CallWatch watch = find(id);
        requireEdit(watch);
        ETags.requireMatch(ifMatch, watch.version);
        CallWatchMatch.delete("watchId", id);
        watch.delete();
        em.flush();
    }

    /** The calls the watch matched, the nearest deadline first among the open ones, then the closed. */
    public List<WatchMatchView> matches(UUID id) {
        find(id);
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("select c, p, m from CallWatchMatch m, FundingCall c, Programme p"
                + " where m.watchId = :w and c.id = m.callId and p.id = c.programmeId", Object[].class)
                .setParameter("w", id).getResultList();
        return rows.stream().map(r -> {
            FundingCall c = (FundingCall) r[0];
            Programme p = (Programme) r[1];
            CallWatchMatch m = (CallWatchMatch) r[2];
            ZoneId zone = ZoneId.of(c.timeZone);
            return new WatchMatchView(c.id, c.identifier, c.title, p.name, p.fund, c.closesAt.atZone(zone).toOffsetDateTime(),
                    CallStatus.of(c.opensAt, c.closesAt, c.announcedStatus, now), c.cancelled, m.matchedAt, m.notified);
        }).sorted(Comparator.comparing((WatchMatchView v) -> v.status() == CallStatus.CLOSED || v.cancelled())
                .thenComparing(v -> v.closesAt().toInstant()))
                .toList();
    }

    public List<HistoryEntry> history(UUID id) {
        find(id);
        return historyReader.history(CallWatch.class, id, CallWatchService::snapshot);
    }

    CallWatch find(UUID id) {
        CallWatch watch = CallWatch.findById(id);
        if (watch == null || !sees(watch)) {
            throw ApiProblem.notFound("Call watch " + id);
        }
        return watch;
    }

    private boolean sees(CallWatch watch) {
        if (user.readsAllUnits()) {
            return true;
        }
        if (watch.ownerSubject != null) {
            return watch.ownerSubject.equals(user.subject());
        }
        return user.hasRole(Roles.COORDINATOR) && access.ownUnitIds().contains(watch.unitId);
    }

    private boolean canEdit(CallWatch watch) {
        return watch.ownerSubject != null ? watch.ownerSubject.equals(user.subject()) && canWritePersonal()
                : keepsUnit(watch.unitId);
    }

    private boolean canWritePersonal() {
        return Set.of(Roles.APPLICANT, Roles.COORDINATOR, Roles.ADVISOR, Roles.ADMIN).stream().anyMatch(user::hasRole);
    }

    /** A unit's watch is kept by the unit's coordinator and by the office. */
    private boolean keepsUnit(UUID unitId) {
        return user.hasRole(Roles.ADVISOR) || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.COORDINATOR) && access.ownUnitIds().contains(unitId);
    }

    private void requireEdit(CallWatch watch) {
        if (!canEdit(watch)) {
            throw forbidden();
        }
    }

    private static ApiProblem forbidden() {
        return new ApiProblem(403, ProblemCode.WATCH_001, "Forbidden",
                "A personal watch is its owner's; a unit's watch is kept by the unit's coordinator or the office", null);
    }

    private void apply(CallWatch watch, CallWatchRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<UUID> programmes = request.programmeIds() == null ? List.of() : request.programmeIds().stream().distinct().toList();
        for (int i = 0; i < programmes.size(); i++) {
            if (Programme.findById(programmes.get(i)) == null) {
                errors.add(new FieldError("programmeIds[" + i + "]", "no such programme", ProblemCode.EXISTS));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        watch.name = request.name().trim();
        watch.words = new ArrayList<>(request.words() == null ? List.of()
                : request.words().stream().map(String::trim).distinct().toList());
        watch.programmeIds = new ArrayList<>(programmes);
        watch.funds = new ArrayList<>(request.funds() == null ? List.of() : request.funds().stream().distinct().sorted().toList());
        watch.applicantTypes = new ArrayList<>(request.applicantTypes() == null ? List.of()
                : request.applicantTypes().stream().distinct().sorted().toList());
        watch.minGrant = request.minGrant();
        if (WatchCriteria.of(watch).isEmpty()) {
            throw new ApiProblem(400, ProblemCode.WATCH_002, "Invalid request",
                    "A watch needs at least one of words, programmes, funds, applicant types or a minimum grant",
                    List.of(new FieldError("words", "give at least one criterion", ProblemCode.WATCH_002)));
        }
    }

    /** The calls open today that the watch matches, recorded as matches that were already there. */
    private void recordPresentMatches(CallWatch watch) {
        Instant now = clock.instant();
        WatchCriteria criteria = WatchCriteria.of(watch);
        Map<UUID, Fund> funds = new HashMap<>();
        List<FundingCall> open = FundingCall.list("closesAt > ?1 and cancelled = false", now);
        for (FundingCall call : open) {
            Fund fund = funds.computeIfAbsent(call.programmeId, id -> Programme.<Programme>findById(id).fund);
            if (criteria.matches(call, fund, now)) {
                matcher.record(watch.id, call.id, now, false);
            }
        }
    }

    private Map<UUID, Long> openMatchCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        em.createQuery("select m.watchId, count(m) from CallWatchMatch m, FundingCall c where c.id = m.callId"
                + " and c.closesAt > :now and c.cancelled = false group by m.watchId", Object[].class)
                .setParameter("now", clock.instant()).getResultList()
                .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }

    private CallWatchView view(CallWatch w, long openMatches, Map<UUID, Unit> units) {
        Unit unit = w.unitId == null ? null : unit(w.unitId, units);
        return new CallWatchView(w.id, w.name, w.ownerSubject != null,
                unit == null ? null : new CallWatchView.WatchUnit(unit.id, unit.code, unit.name),
                w.ownerSubject == null ? null : w.createdByName, w.createdByName, List.copyOf(w.words),
                List.copyOf(w.programmeIds), List.copyOf(w.funds), List.copyOf(w.applicantTypes), w.minGrant,
                (int) openMatches, w.createdAt, canEdit(w), w.version);
    }

    private static Unit unit(UUID id, Map<UUID, Unit> units) {
        return units.computeIfAbsent(id, key -> Unit.findById(key));
    }

    static Map<String, Object> snapshot(CallWatch w) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", w.name);
        fields.put("unitId", w.unitId);
        fields.put("ownerSubject", w.ownerSubject);
        fields.put("words", w.words);
        fields.put("programmeIds", w.programmeIds);
        fields.put("funds", w.funds);
        fields.put("applicantTypes", w.applicantTypes);
        fields.put("minGrant", w.minGrant);
        return fields;
    }
}
