package se.sodertalje.euportal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.Text;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.idea.Idea;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.report.FinalReportAccepted;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportContent;
import se.sodertalje.euportal.report.ResultPart;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;

/**
 * The results and lessons library: published from accepted final reports, searched in Swedish and
 * English, and asked for the past projects closest to a new idea or application. A part the unit
 * keeps internal is seen by the unit and the International Office (global readers) only, and other
 * units' searches do not match on it.
 */
@ApplicationScoped
public class LibraryService {

    /** The query in both languages, OR'ed: a Swedish word finds its Swedish stem, an English one its English. */
    static final String SEARCH_QUERY = "(websearch_to_tsquery('swedish', :q) || websearch_to_tsquery('english', :q))";

    /**
     * Similarity: every word of the new text, stemmed in both languages, as an alternative, so that
     * the entries sharing most words rank first. A word that is a stop word in either language is
     * left out (the English stemmer keeps Swedish "för", "och", the Swedish one English "the"), or
     * every text would resemble every other.
     */
    static final String SIMILAR_QUERY = "(select to_tsquery('simple', coalesce(string_agg(quote_literal(w.l), ' | '), ''))"
            + " from (select l from unnest(tsvector_to_array(to_tsvector('swedish', :t))) l"
            + " where to_tsvector('english', l) <> cast('' as tsvector)"
            + " union select l from unnest(tsvector_to_array(to_tsvector('english', :t))) l"
            + " where to_tsvector('swedish', l) <> cast('' as tsvector)) w)";

    /** Texts longer than this are cut before they become a similarity query. */
    static final int SIMILAR_TEXT_MAX = 4000;

    @Inject
    EntityManager em;

    @Inject
    UnitAccess access;

    @Inject
    CurrentUser user;

    @Inject
    HistoryReader historyReader;

    @Inject
    Clock clock;

    /** The search filters; every one optional. */
    public record Filter(String q, UUID unitId, UUID programmeId, String fund, Integer year, String theme) {
    }

    /** Publishes (or refreshes) the project's library entry when its final report is accepted. */
    void publish(@Observes FinalReportAccepted accepted) {
        ProjectReport report = accepted.report();
        Project project = Project.findById(report.projectId);
        Application application = Application.findById(project.applicationId);
        FundingCall call = project.callId == null ? null : FundingCall.findById(project.callId);
        Programme programme = call == null ? null : Programme.findById(call.programmeId);
        LibraryResult entry = LibraryResult.<LibraryResult>find("projectId", project.id).firstResultOptional()
                .orElseGet(() -> {
                    LibraryResult fresh = new LibraryResult();
                    fresh.id = UUID.randomUUID();
                    fresh.projectId = project.id;
                    return fresh;
                });
        ReportContent content = report.content;
        entry.reportId = report.id;
        entry.unitId = project.unitId;
        entry.programmeId = programme == null ? null : programme.id;
        entry.fund = programme == null ? null : programme.fund.name();
        entry.title = project.title;
        entry.acronym = project.acronym;
        entry.summary = application == null ? null : application.summary;
        entry.topics = call == null ? new ArrayList<>() : new ArrayList<>(call.topics);
        entry.results = content.results();
        entry.evaluation = content.evaluation();
        entry.dissemination = content.dissemination();
        entry.lessonsWorked = Text.blankToNull(content.lessonsWorked());
        entry.lessonsToAvoid = Text.blankToNull(content.lessonsToAvoid());
        entry.advice = Text.blankToNull(content.advice());
        if (content.internalParts() != null) {
            entry.internalParts = distinct(content.internalParts());
        }
        entry.euAmount = project.grantedAmount;
        entry.partners = application == null ? 0 : (int) ApplicationPartner.count("applicationId", application.id);
        entry.periodStart = project.periodStart;
        entry.periodEnd = project.periodEnd;
        entry.year = project.periodEnd == null ? null : project.periodEnd.getYear();
        entry.publishedAt = clock.instant();
        entry.publishedBySubject = accepted.actorSubject();
        entry.publishedByName = accepted.actorName();
        entry.persist();
    }

    /** The parts once each, in their natural order. */
    static List<ResultPart> distinct(List<ResultPart> parts) {
        return new ArrayList<>(parts.isEmpty() ? EnumSet.noneOf(ResultPart.class) : EnumSet.copyOf(parts));
    }

    public Page<ResultListItem> search(PageParams paging, Filter filter) {
        String q = Text.blankToNull(filter.q());
        boolean all = user.readsAllUnits();
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        String vector = all ? "r.search_all" : "(case when r.unit_id = any(cast(:own as uuid[])) then r.search_all"
                + " else r.search_public end)";
        if (q != null) {
            if (!all) {
                params.put("own", uuidArray(access.ownUnitIds()));
            }
            where.append(all ? " and r.search_all @@ " + SEARCH_QUERY
                    : " and (r.search_public @@ " + SEARCH_QUERY + " or (r.unit_id = any(cast(:own as uuid[]))"
                            + " and r.search_all @@ " + SEARCH_QUERY + "))");
            params.put("q", q);
        }
        if (filter.unitId() != null) {
            where.append(" and r.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.programmeId() != null) {
            where.append(" and r.programme_id = :programme");
            params.put("programme", filter.programmeId());
        }
        if (filter.fund() != null && !filter.fund().isBlank()) {
            where.append(" and r.fund = :fund");
            params.put("fund", filter.fund().trim());
        }
        if (filter.year() != null) {
            where.append(" and r.year = :year");
            params.put("year", filter.year());
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and r.topics @> jsonb_build_array(cast(:theme as text))");
            params.put("theme", filter.theme().trim());
        }
        String score = q == null ? "cast(null as double precision)" : "cast(ts_rank(" + vector + ", " + SEARCH_QUERY
                + ") as double precision)";
        String order = q == null ? " order by r.year desc nulls last, r.title, r.id" : " order by 2 desc, r.title, r.id";
        Query rows = em.createNativeQuery("select r.id, " + score + " from library_result r" + where + order);
        Query count = em.createNativeQuery("select count(*) from library_result r" + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items(found), paging.page, paging.size, total);
    }

    /** The past projects closest to the idea (its title and description). */
    public List<ResultListItem> similarToIdea(Idea idea) {
        return similar(idea.title, idea.title + " " + (idea.description == null ? "" : idea.description), null);
    }

    /** The past projects closest to the application (title, acronym, summary, objectives, the call's topics). */
    public List<ResultListItem> similarToApplication(Application application) {
        StringBuilder text = new StringBuilder(application.title);
        for (String part : new String[] {application.acronym, application.summary, application.objectives}) {
            if (part != null) {
                text.append(' ').append(part);
            }
        }
        if (application.callId != null) {
            FundingCall call = FundingCall.findById(application.callId);
            if (call != null) {
                call.topics.forEach(t -> text.append(' ').append(t));
            }
        }
        return similar(application.title, text.toString(), application.id);
    }

    private List<ResultListItem> similar(String title, String text, UUID excludeApplication) {
        boolean all = user.readsAllUnits();
        String vector = all ? "r.search_all" : "(case when r.unit_id = any(cast(:own as uuid[])) then r.search_all"
                + " else r.search_public end)";
        String sql = "select r.id, cast(ts_rank(" + vector + ", " + SIMILAR_QUERY + ") + similarity(lower(r.title), lower(:title))"
                + " as double precision) as score from library_result r where (" + vector + " @@ " + SIMILAR_QUERY
                + " or lower(r.title) % lower(:title))"
                + (excludeApplication == null ? "" : " and not exists (select 1 from project p where p.id = r.project_id"
                        + " and p.application_id = :app)")
                + " order by 2 desc, r.title, r.id limit 5";
        Query rows = em.createNativeQuery(sql);
        rows.setParameter("t", text.length() > SIMILAR_TEXT_MAX ? text.substring(0, SIMILAR_TEXT_MAX) : text);
        rows.setParameter("title", title);
        if (!all) {
            rows.setParameter("own", uuidArray(access.ownUnitIds()));
        }
        if (excludeApplication != null) {
            rows.setParameter("app", excludeApplication);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return items(found);
    }

    private List<ResultListItem> items(List<Object[]> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, LibraryResult> byId = LibraryResult.<LibraryResult>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, String> units = new HashMap<>();
        Map<UUID, String> programmes = new HashMap<>();
        List<ResultListItem> items = new ArrayList<>();
        for (Object[] row : found) {
            LibraryResult r = byId.get((UUID) row[0]);
            Set<ResultPart> hidden = hidden(r);
            String lesson = null;
            for (ResultPart part : List.of(ResultPart.ADVICE, ResultPart.LESSONS_WORKED, ResultPart.LESSONS_TO_AVOID)) {
                if (lesson == null && !hidden.contains(part) && r.text(part) != null) {
                    lesson = r.text(part);
                }
            }
            items.add(new ResultListItem(r.id, r.projectId, r.unitId, units.computeIfAbsent(r.unitId, LibraryService::unitName),
                    r.programmeId == null ? null : programmes.computeIfAbsent(r.programmeId, LibraryService::programmeName),
                    r.fund, r.title, r.acronym, r.topics, r.euAmount, r.partners, r.periodStart, r.periodEnd, r.year,
                    lesson, row[1] == null ? null : ((Number) row[1]).doubleValue()));
        }
        return items;
    }

    public ResultView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public ResultView setVisibility(UUID id, String ifMatch, VisibilityRequest request) {
        LibraryResult entry = find(id);
        if (!editable(entry)) {
            throw new ApiProblem(403, ProblemCode.LIBRARY_001, "Forbidden",
                    "Only the project's unit or the International Office marks parts internal", null);
        }
        ETags.requireMatch(ifMatch, entry.version);
        entry.internalParts = distinct(request.internalParts());
        em.flush();
        return view(entry);
    }

    /** The entry's change history (what the report published, what the unit marked internal), newest first. */
    public List<HistoryEntry> history(UUID id) {
        LibraryResult entry = find(id);
        return historyReader.historyOf(LibraryResult.class, entry.id, true, LibraryService::snapshot, "Result " + id);
    }

    private static Map<String, Object> snapshot(LibraryResult r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", r.title);
        values.put("results", r.results);
        values.put("evaluation", r.evaluation);
        values.put("dissemination", r.dissemination);
        values.put("lessonsWorked", r.lessonsWorked);
        values.put("lessonsToAvoid", r.lessonsToAvoid);
        values.put("advice", r.advice);
        values.put("internalParts", r.internalParts);
        values.put("euAmount", r.euAmount);
        values.put("partners", r.partners);
        return values;
    }

    LibraryResult find(UUID id) {
        LibraryResult entry = LibraryResult.findById(id);
        if (entry == null) {
            throw ApiProblem.notFound("Result " + id);
        }
        return entry;
    }

    /** The internal parts the caller does not see: all of them outside the unit and the International Office. */
    Set<ResultPart> hidden(LibraryResult entry) {
        if (entry.internalParts.isEmpty() || access.canReach(entry.unitId)) {
            return Set.of();
        }
        return EnumSet.copyOf(entry.internalParts);
    }

    private boolean editable(LibraryResult entry) {
        Set<String> roles = access.rolesFor(entry.unitId);
        return roles.contains(Roles.APPLICANT) || roles.contains(Roles.COORDINATOR) || roles.contains(Roles.ADVISOR)
                || roles.contains(Roles.ADMIN);
    }

    ResultView view(LibraryResult r) {
        Set<ResultPart> hidden = hidden(r);
        Function<ResultPart, String> shown = part -> hidden.contains(part) ? null : r.text(part);
        return new ResultView(r.id, r.projectId, r.unitId, unitName(r.unitId), r.programmeId,
                r.programmeId == null ? null : programmeName(r.programmeId), r.fund, r.title, r.acronym, r.summary, r.topics,
                shown.apply(ResultPart.RESULTS), shown.apply(ResultPart.EVALUATION), shown.apply(ResultPart.DISSEMINATION),
                shown.apply(ResultPart.LESSONS_WORKED), shown.apply(ResultPart.LESSONS_TO_AVOID), shown.apply(ResultPart.ADVICE),
                List.copyOf(r.internalParts), hidden.stream().sorted().toList(), r.euAmount, r.partners, r.periodStart,
                r.periodEnd, r.year, r.publishedAt, editable(r), r.version);
    }

    private static String unitName(UUID id) {
        Unit unit = Unit.findById(id);
        return unit == null ? "" : unit.name;
    }

    private static String programmeName(UUID id) {
        Programme programme = Programme.findById(id);
        return programme == null ? null : programme.name;
    }

    /** A PostgreSQL array literal of the ids (uuids need no quoting). */
    static String uuidArray(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
