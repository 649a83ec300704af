package se.sodertalje.euportal.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.CallsChanged;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.reminder.DeadlineFinder;
import se.sodertalje.euportal.reminder.Recipient;
import se.sodertalje.euportal.reminder.ReminderRules;

/**
 * Runs in the transaction of every call change (import, by hand): records the watches each call now
 * matches and tells their watchers of new matches once; tells the watchers and the teams of open
 * applications of a moved deadline or a cancelled topic.
 */
@ApplicationScoped
public class CallWatchMatcher {

    /** Applications whose team still works towards the deadline. */
    static final Set<ApplicationStatus> WORKING = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.UNIT_APPROVED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.READY_TO_SUBMIT);

    private static final DateTimeFormatter DAY_SV = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @Inject
    EntityManager em;

    @Inject
    WatchNotices notices;

    @Inject
    DeadlineFinder finder;

    @Inject
    Clock clock;

    void onCallsChanged(@Observes CallsChanged event) {
        if (event.changes().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<CallWatch> watches = CallWatch.listAll();
        Map<UUID, Fund> funds = new HashMap<>();
        Map<String, Recipient> users = null;
        for (CallsChanged.Change change : event.changes()) {
            FundingCall call = FundingCall.findById(change.callId());
            if (call == null) {
                continue;
            }
            Fund fund = funds.computeIfAbsent(call.programmeId, id -> Programme.<Programme>findById(id).fund);
            for (CallWatch watch : watches) {
                if (WatchCriteria.of(watch).matches(call, fund, now) && record(watch.id, call.id, now, true)) {
                    if (users == null) {
                        users = finder.users();
                    }
                    notices.tell(watchers(watch, users), matchNotice(call, watch));
                }
            }
            boolean moved = !change.created() && !change.previousClosesAt().equals(call.closesAt);
            if (moved || change.cancelledNow()) {
                if (users == null) {
                    users = finder.users();
                }
                Set<String> told = concerned(call, users);
                if (change.cancelledNow()) {
                    notices.tell(told, cancelledNotice(call, now));
                } else if (now.isBefore(call.closesAt)) {
                    notices.tell(told, movedNotice(call, change.previousClosesAt()));
                }
            }
        }
    }

    /** Records a match; answers whether it is new. */
    public boolean record(UUID watchId, UUID callId, Instant now, boolean notified) {
        return em.createNativeQuery("""
                insert into call_watch_match (watch_id, call_id, matched_at, notified) values (:w, :c, :now, :n)
                on conflict do nothing""").setParameter("w", watchId).setParameter("c", callId)
                .setParameter("now", now).setParameter("n", notified).executeUpdate() > 0;
    }

    /** A personal watch tells its owner; a unit's tells the unit's coordinators (or, with none known, who saved it). */
    static Set<String> watchers(CallWatch watch, Map<String, Recipient> users) {
        Set<String> watchers = new LinkedHashSet<>();
        if (watch.ownerSubject != null) {
            watchers.add(watch.ownerSubject);
            return watchers;
        }
        Unit unit = Unit.findById(watch.unitId);
        if (unit != null) {
            users.values().stream().filter(u -> ReminderRules.coordinates(unit.code, u.units(), u.roles()))
                    .map(Recipient::subject).sorted().forEach(watchers::add);
        }
        if (watchers.isEmpty()) {
            watchers.add(watch.createdBySubject);
        }
        return watchers;
    }

    /** Those watching the call (its matches' watchers) and the teams and coordinators of applications still in work. */
    private Set<String> concerned(FundingCall call, Map<String, Recipient> users) {
        Set<String> concerned = new LinkedHashSet<>();
        List<CallWatch> watching = em.createQuery("select w from CallWatch w where w.id in (select m.watchId from"
                + " CallWatchMatch m where m.callId = :c)", CallWatch.class).setParameter("c", call.id).getResultList();
        watching.forEach(w -> concerned.addAll(watchers(w, users)));
        List<Object[]> applications = em.createQuery("select a.id, a.createdBySubject, u.code from Application a, Unit u"
                + " where u.id = a.unitId and a.callId = :c and a.status in :working", Object[].class)
                .setParameter("c", call.id).setParameter("working", WORKING).getResultList();
        for (Object[] a : applications) {
            List<String> team = new ArrayList<>();
            if (a[1] != null) {
                team.add((String) a[1]);
            }
            team.addAll(em.createQuery("select m.userSubject from TeamMember m where m.applicationId = :a", String.class)
                    .setParameter("a", a[0]).getResultList());
            concerned.addAll(ReminderRules.recipients(team, (String) a[2], users));
        }
        return concerned;
    }

    private static WatchNotices.Notice matchNotice(FundingCall call, CallWatch watch) {
        ZoneId zone = zone(call);
        String sv = "Ny utlysning för bevakningen ”" + watch.name + "”: " + call.identifier + " ”" + call.title
                + "”, stänger " + DAY_SV.format(call.closesAt.atZone(zone)) + " (" + zone.getId() + ").";
        String en = "New call for the watch \"" + watch.name + "\": " + call.identifier + " \"" + call.title
                + "\", closes " + DAY_EN.format(call.closesAt.atZone(zone)) + " (" + zone.getId() + ").";
        return new WatchNotices.Notice(NotificationKind.CALL_MATCH, call.id, "MATCH", call.closesAt,
                "Ny utlysning att bevaka: " + call.identifier, "New call to watch: " + call.identifier, sv, en, "/calls/" + call.id);
    }

    private static WatchNotices.Notice movedNotice(FundingCall call, Instant previous) {
        ZoneId zone = zone(call);
        String sv = "Utlysningen " + call.identifier + " ”" + call.title + "” har ny sista dag: "
                + DAY_SV.format(call.closesAt.atZone(zone)) + " (tidigare " + DAY_SV.format(previous.atZone(zone)) + ", "
                + zone.getId() + ").";
        String en = "The call " + call.identifier + " \"" + call.title + "\" has a new deadline: "
                + DAY_EN.format(call.closesAt.atZone(zone)) + " (was " + DAY_EN.format(previous.atZone(zone)) + ", "
                + zone.getId() + ").";
        return new WatchNotices.Notice(NotificationKind.CALL_CHANGED, call.id, "DEADLINE/" + call.closesAt,
                call.closesAt, "Ny sista dag för utlysningen " + call.identifier,
                "New deadline for the call " + call.identifier, sv, en, "/calls/" + call.id);
    }

    private static WatchNotices.Notice cancelledNotice(FundingCall call, Instant now) {
        String sv = "Utlysningen " + call.identifier + " ”" + call.title + "” har ställts in av finansiären.";
        String en = "The call " + call.identifier + " \"" + call.title + "\" was cancelled by the funder.";
        return new WatchNotices.Notice(NotificationKind.CALL_CHANGED, call.id, "CANCELLED", now,
                "Utlysningen " + call.identifier + " är inställd",
                "The call " + call.identifier + " is cancelled", sv, en, "/calls/" + call.id);
    }

    private static ZoneId zone(FundingCall call) {
        return call.timeZone == null ? ZoneId.of("Europe/Stockholm") : ZoneId.of(call.timeZone);
    }
}
