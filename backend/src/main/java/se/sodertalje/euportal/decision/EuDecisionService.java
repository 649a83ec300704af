package se.sodertalje.euportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.common.error.ApiProblem;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.common.web.ETags;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.reminder.DeadlineFinder;
import se.sodertalje.euportal.reminder.Recipient;
import se.sodertalje.euportal.reminder.ReminderRules;
import se.sodertalje.euportal.security.CurrentUser;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.security.UnitAccess;
import se.sodertalje.euportal.watch.WatchNotices;

/**
 * EU decisions that affect the municipality: the office records them with its assessment and the
 * actions decided; the units concerned are told (EU_DECISION, through their preferences) and answer
 * with their own assessment. Codes DECISION-001 (reference), DECISION-002 (unit not concerned),
 * DECISION-003 (not the unit's to answer).
 */
@ApplicationScoped
public class EuDecisionService {

    /** The list's filters. */
    public record Filter(DecisionStatus status, MainTask mainTask, UUID unitId, String q, Boolean awaitingAnswers) {
    }

    private static final DateTimeFormatter DAY_SV = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
    WatchNotices notices;

    @Inject
    DeadlineFinder finder;

    public List<EuDecisionView> list(Filter filter) {
        Map<UUID, Unit> units = new HashMap<>();
        Map<UUID, Map<UUID, EuDecisionAnswer>> answers = new HashMap<>();
        EuDecisionAnswer.<EuDecisionAnswer>listAll().forEach(a -> answers.computeIfAbsent(a.decisionId, k -> new HashMap<>())
                .put(a.unitId, a));
        String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim().toLowerCase(Locale.ROOT);
        return EuDecision.<EuDecision>listAll().stream()
                .filter(d -> filter.status() == null || d.status == filter.status())
                .filter(d -> filter.mainTask() == null || d.mainTask == filter.mainTask())
                .filter(d -> filter.unitId() == null || d.unitIds.contains(filter.unitId()))
                .filter(d -> q == null || (d.title + " " + d.actReference).toLowerCase(Locale.ROOT).contains(q))
                .filter(d -> filter.awaitingAnswers() == null || filter.awaitingAnswers()
                        == (answers.getOrDefault(d.id, Map.of()).size() < d.unitIds.size()))
                .sorted(Comparator.comparing((EuDecision d) -> d.decidedOn).reversed().thenComparing(d -> d.title))
                .map(d -> view(d, answers.getOrDefault(d.id, Map.of()), units)).toList();
    }

    public EuDecisionView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public EuDecisionView create(EuDecisionRequest request) {
        EuDecision decision = new EuDecision();
        apply(decision, request);
        decision.createdBySubject = user.subject();
        decision.createdAt = clock.instant();
        decision.persist();
        em.flush();
        tellUnits(decision, decision.unitIds);
        return view(decision);
    }

    @Transactional
    public EuDecisionView update(UUID id, String ifMatch, EuDecisionRequest request) {
        EuDecision decision = find(id);
        ETags.requireMatch(ifMatch, decision.version);
        Set<UUID> before = Set.copyOf(decision.unitIds);
        apply(decision, request);
        em.flush();
        tellUnits(decision, decision.unitIds.stream().filter(u -> !before.contains(u)).toList());
        return view(decision);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        EuDecision decision = find(id);
        ETags.requireMatch(ifMatch, decision.version);
        EuDecisionAnswer.<EuDecisionAnswer>list("decisionId", id).forEach(EuDecisionAnswer::delete);
        decision.delete();
        em.flush();
    }

    /** Writes the unit's answer: the first needs no If-Match, a change names the answer's version. */
    @Transactional
    public EuDecisionView answer(UUID id, UUID unitId, String ifMatch, AnswerRequest request) {
        EuDecision decision = find(id);
        if (!decision.unitIds.contains(unitId)) {
            throw ApiProblem.conflict(ProblemCode.DECISION_002, "The unit is not among the units this decision concerns",
                    new FieldError("unitId", "is not concerned", ProblemCode.DECISION_002));
        }
        if (!canAnswer(unitId)) {
            throw new ApiProblem(403, ProblemCode.DECISION_003, "Forbidden",
                    "Only the unit's coordinator or members answer for the unit", null);
        }
        EuDecisionAnswer answer = EuDecisionAnswer.find("decisionId = ?1 and unitId = ?2", id, unitId).firstResult();
        if (answer == null) {
            answer = new EuDecisionAnswer();
            answer.decisionId = id;
            answer.unitId = unitId;
        } else {
            ETags.requireMatch(ifMatch, answer.version);
        }
        answer.assessment = request.assessment().trim();
        answer.answeredBySubject = user.subject();
        answer.answeredByName = user.displayName();
        answer.answeredAt = clock.instant();
        if (answer.id == null) {
            answer.persist();
        }
        em.flush();
        return view(decision);
    }

    public List<HistoryEntry> history(UUID id) {
        List<HistoryEntry> entries = historyReader.historyWithChildren(EuDecision.class, id, EuDecisionService::snapshot,
                EuDecisionAnswer.class, "eu_decision_answer_aud", "decision_id", EuDecisionService::answerSnapshot);
        if (entries.isEmpty()) {
            throw ApiProblem.notFound("EU decision " + id);
        }
        return entries;
    }

    EuDecision find(UUID id) {
        EuDecision decision = EuDecision.findById(id);
        if (decision == null) {
            throw ApiProblem.notFound("EU decision " + id);
        }
        return decision;
    }

    private boolean canAnswer(UUID unitId) {
        return (user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.APPLICANT)) && access.ownUnitIds().contains(unitId);
    }

    private void apply(EuDecision decision, EuDecisionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String reference = request.actReference().trim();
        if (!ActReference.isValid(reference)) {
            throw new ApiProblem(400, ProblemCode.DECISION_001, "Invalid request",
                    "The act's reference must be a CELEX number such as 32016R0679 or an http(s) link",
                    List.of(new FieldError("actReference", "is neither a CELEX number nor a link", ProblemCode.DECISION_001)));
        }
        List<UUID> unitIds = new ArrayList<>(new LinkedHashSet<>(request.unitIds()));
        for (int i = 0; i < unitIds.size(); i++) {
            if (Unit.findById(unitIds.get(i)) == null) {
                errors.add(new FieldError("unitIds[" + i + "]", "no such unit", ProblemCode.EXISTS));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        decision.title = request.title().trim();
        decision.actReference = reference;
        decision.decidedOn = request.decidedOn();
        decision.mainTask = request.mainTask();
        decision.unitIds = unitIds;
        decision.impactAssessment = request.impactAssessment() == null || request.impactAssessment().isBlank() ? null
                : request.impactAssessment().trim();
        decision.actions = new ArrayList<>(request.actions() == null ? List.of() : request.actions().stream()
                .map(a -> new StoredAction(a.what().trim(), a.who().trim(), a.due() == null ? null : a.due().toString(),
                        a.status())).toList());
        decision.status = request.status();
    }

    /** Each concerned unit's coordinators are told once per decision. */
    private void tellUnits(EuDecision decision, List<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        Map<String, Recipient> users = finder.users();
        for (UUID unitId : unitIds) {
            Unit unit = Unit.findById(unitId);
            List<String> coordinators = users.values().stream()
                    .filter(u -> ReminderRules.coordinates(unit.code, u.units(), u.roles())).map(Recipient::subject)
                    .sorted().toList();
            String sv = "EU-beslutet ”" + decision.title + "” (" + decision.actReference + ", "
                    + DAY_SV.format(decision.decidedOn) + ") berör " + unit.name
                    + ". Internationella kontoret ber om enhetens egen bedömning.";
            String en = "The EU decision \"" + decision.title + "\" (" + decision.actReference + ", "
                    + DAY_EN.format(decision.decidedOn) + ") concerns " + unit.name
                    + ". The International Office asks for the unit's own assessment.";
            notices.tell(coordinators, new WatchNotices.Notice(NotificationKind.EU_DECISION, decision.id,
                    "CONCERNED/" + unitId, clock.instant(), "EU-beslut som berör " + unit.name,
                    "EU decision concerning " + unit.name, sv, en,
                    "/eu-decisions/" + decision.id));
        }
    }

    private EuDecisionView view(EuDecision decision) {
        Map<UUID, EuDecisionAnswer> answers = new HashMap<>();
        EuDecisionAnswer.<EuDecisionAnswer>list("decisionId", decision.id).forEach(a -> answers.put(a.unitId, a));
        return view(decision, answers, new HashMap<>());
    }

    private EuDecisionView view(EuDecision d, Map<UUID, EuDecisionAnswer> answers, Map<UUID, Unit> units) {
        LocalDate today = LocalDate.now(clock);
        List<EuDecisionView.ConcernedUnit> concerned = d.unitIds.stream().map(id -> {
            Unit unit = units.computeIfAbsent(id, key -> Unit.findById(key));
            EuDecisionAnswer a = answers.get(id);
            return new EuDecisionView.ConcernedUnit(id, unit == null ? "?" : unit.code, unit == null ? "?" : unit.name,
                    a == null ? null : new EuDecisionView.Answer(a.assessment, a.answeredByName, a.answeredAt, a.version),
                    canAnswer(id));
        }).toList();
        List<EuDecisionRequest.Action> actions = d.actions.stream().map(a -> new EuDecisionRequest.Action(a.what(), a.who(),
                a.due() == null ? null : LocalDate.parse(a.due()), a.status())).toList();
        int overdue = (int) actions.stream().filter(a -> a.status() != ActionStatus.DONE && a.due() != null
                && a.due().isBefore(today)).count();
        return new EuDecisionView(d.id, d.title, d.actReference, ActReference.url(d.actReference), d.decidedOn, d.mainTask,
                concerned, d.impactAssessment, actions, d.status, (int) concerned.stream().filter(u -> u.answer() != null)
                .count(), overdue, d.createdAt, d.version);
    }

    static Map<String, Object> snapshot(EuDecision d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", d.title);
        fields.put("actReference", d.actReference);
        fields.put("decidedOn", d.decidedOn);
        fields.put("mainTask", d.mainTask);
        fields.put("unitIds", d.unitIds);
        fields.put("impactAssessment", d.impactAssessment);
        fields.put("actions", d.actions);
        fields.put("status", d.status);
        return fields;
    }

    static Map<String, Object> answerSnapshot(EuDecisionAnswer a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", a.unitId);
        fields.put("assessment", a.assessment);
        fields.put("answeredByName", a.answeredByName);
        return fields;
    }
}
