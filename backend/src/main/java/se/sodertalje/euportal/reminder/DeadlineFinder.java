package se.sodertalje.euportal.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectPeriod;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;

/** Reads the deadlines of the coming days: report deadlines of running projects, calls of open applications, and
 * those of other features ({@link DeadlineSource}: events that begin). */
@ApplicationScoped
public class DeadlineFinder {

    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.UNIT_APPROVED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.READY_TO_SUBMIT);

    @Inject
    EntityManager em;

    /** Other features' deadlines (an event's start). */
    @Inject
    Instance<DeadlineSource> sources;

    /** Deadlines still ahead of {@code now} whose day is at most {@code horizonDays} after today (Stockholm). */
    public List<Deadline> upcoming(Instant now, int horizonDays) {
        LocalDate today = now.atZone(Clocks.STOCKHOLM).toLocalDate();
        List<Deadline> deadlines = new ArrayList<>(reports(today, today.plusDays(horizonDays)));
        Instant before = today.plusDays(horizonDays + 1L).atStartOfDay(Clocks.STOCKHOLM).toInstant();
        deadlines.addAll(calls(now, before));
        sources.forEach(source -> deadlines.addAll(source.upcoming(now, before)));
        return deadlines;
    }

    /** Every user who may be reminded, by subject. */
    public Map<String, Recipient> users() {
        Map<String, Recipient> users = new HashMap<>();
        em.createQuery("select u.subject, u.name, u.email, u.units, u.roles from UserProfile u", Object[].class)
                .getResultList().forEach(r -> users.put((String) r[0],
                        new Recipient((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])));
        return users;
    }

    private List<Deadline> reports(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("""
                select pp, p, a.createdBySubject, u.code from ProjectPeriod pp, Project p, Application a, Unit u
                where p.id = pp.projectId and a.id = p.applicationId and u.id = p.unitId
                  and p.status in :running and pp.reportDue between :from and :to
                order by pp.reportDue, pp.id""", Object[].class)
                .setParameter("running", EnumSet.of(ProjectStatus.RUNNING, ProjectStatus.CLOSING))
                .setParameter("from", from).setParameter("to", to).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> projectIds = rows.stream().map(r -> ((Project) r[1]).id).distinct().toList();
        Map<String, Set<ReportKind>> handedIn = new HashMap<>();
        em.createQuery("""
                select r.projectId, r.periodNumber, r.kind, r.status from ProjectReport r
                where r.projectId in :ids and r.periodNumber is not null""", Object[].class)
                .setParameter("ids", projectIds).getResultList().stream()
                .filter(r -> ReminderRules.handedIn((ReportStatus) r[3]))
                .forEach(r -> handedIn.computeIfAbsent(r[0] + "/" + r[1], k -> EnumSet.noneOf(ReportKind.class))
                        .add((ReportKind) r[2]));
        Map<UUID, Set<String>> teams = teams(rows.stream().map(r -> ((Project) r[1]).applicationId).distinct()
                .toList());
        List<Deadline> deadlines = new ArrayList<>();
        for (Object[] row : rows) {
            ProjectPeriod period = (ProjectPeriod) row[0];
            Project project = (Project) row[1];
            Set<ReportKind> missing = ReminderRules.missing(
                    handedIn.getOrDefault(project.id + "/" + period.number, Set.of()));
            if (!missing.isEmpty()) {
                deadlines.add(new ReportDeadline(period.id, project.id,
                        Words.named(project.title, project.acronym), period.number, missing, period.reportDue,
                        (String) row[3], team((String) row[2], teams.get(project.applicationId))));
            }
        }
        return deadlines;
    }

    private List<Deadline> calls(Instant now, Instant before) {
        List<Object[]> rows = em.createQuery("""
                select a, c, u.code from Application a, FundingCall c, Unit u
                where c.id = a.callId and u.id = a.unitId and a.status in :open
                  and c.closesAt > :now and c.closesAt < :before
                order by c.closesAt, a.id""", Object[].class)
                .setParameter("open", OPEN).setParameter("now", now).setParameter("before", before).getResultList();
        Map<UUID, Set<String>> teams = teams(rows.stream().map(r -> ((Application) r[0]).id).toList());
        List<Deadline> deadlines = new ArrayList<>();
        for (Object[] row : rows) {
            Application application = (Application) row[0];
            FundingCall call = (FundingCall) row[1];
            ZoneId zone = call.timeZone == null ? Clocks.STOCKHOLM : ZoneId.of(call.timeZone);
            deadlines.add(new CallDeadline(application.id, Words.named(application.title, application.acronym),
                    call.identifier, call.title, call.closesAt, zone, (String) row[2],
                    team(application.createdBySubject, teams.get(application.id))));
        }
        return deadlines;
    }

    private Map<UUID, Set<String>> teams(List<UUID> applicationIds) {
        Map<UUID, Set<String>> teams = new HashMap<>();
        if (!applicationIds.isEmpty()) {
            em.createQuery("select m.applicationId, m.userSubject from TeamMember m where m.applicationId in :ids "
                    + "order by m.addedAt, m.id", Object[].class).setParameter("ids", applicationIds).getResultList()
                    .forEach(r -> teams.computeIfAbsent((UUID) r[0], k -> new LinkedHashSet<>()).add((String) r[1]));
        }
        return teams;
    }

    private static Set<String> team(String author, Set<String> members) {
        Set<String> team = new LinkedHashSet<>();
        if (author != null) {
            team.add(author);
        }
        if (members != null) {
            team.addAll(members);
        }
        return team;
    }
}
