package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.decision.ActionStatus;
import se.sodertalje.euportal.decision.DecisionStatus;
import se.sodertalje.euportal.decision.EuDecision;
import se.sodertalje.euportal.decision.EuDecisionAnswer;
import se.sodertalje.euportal.decision.MainTask;
import se.sodertalje.euportal.decision.StoredAction;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.watch.CallWatch;
import se.sodertalje.euportal.watch.CallWatchMatcher;
import se.sodertalje.euportal.watch.WatchCriteria;

/**
 * Demo watching (issue 20): two units' call watches (UTB's education calls, SOC's inclusion calls), with
 * the demo calls they match recorded as already there, and two EU decisions under follow-up, one of
 * them answered by UTB. Loaded last, once, when there are no watches and no decisions.
 */
@ApplicationScoped
public class DemoWatching {

    private static final Logger LOG = Logger.getLogger(DemoWatching.class);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Clock clock;

    @Inject
    CallWatchMatcher matcher;

    void onStart(@Observes @Priority(9) StartupEvent event) {
        if (enabled && CallWatch.count() == 0 && EuDecision.count() == 0 && Unit.count() > 0) {
            load();
        }
    }

    @Transactional
    void load() {
        Instant now = clock.instant();
        Unit utb = Unit.find("code", "UTB").firstResult();
        Unit soc = Unit.find("code", "SOC").firstResult();
        Unit ks = Unit.find("code", "KS").firstResult();
        Unit sbk = Unit.find("code", "SBK").firstResult();
        watch(utb, "Skola och vuxenutbildning", List.of("skola", "school", "education", "utbildning", "studerar", "youth"),
                List.of(Fund.ERASMUS_PLUS, Fund.ESF_PLUS), null, DemoUser.MARIA, now);
        watch(soc, "Social inkludering", List.of("inclusion", "inkludering", "integration", "social"),
                List.of(), new BigDecimal("100000.00"), DemoUser.CARL, now);

        EuDecision pay = decision("Direktivet om öppenhet i lönesättningen", "32023L0970", LocalDate.of(2023, 5, 10),
                MainTask.EMPLOYER_QUESTIONS, List.of(ks.id, utb.id, soc.id),
                "Kommunen som arbetsgivare ska senast juni 2026 kunna redovisa lönespridning per kön och ge sökande "
                        + "lönespann i annonser. Störst påverkan på förvaltningar med många yrkesgrupper.",
                List.of(new StoredAction("Informera förvaltningarnas HR-funktioner", "Internationella kontoret",
                                LocalDate.now(clock).minusMonths(1).toString(), ActionStatus.DONE),
                        new StoredAction("Samla enheternas bedömningar", "Internationella kontoret",
                                LocalDate.now(clock).plusMonths(1).toString(), ActionStatus.IN_PROGRESS)), now);
        decision("Förordningen om restaurering av natur", "32024R1991", LocalDate.of(2024, 6, 24),
                MainTask.COMMUNITY_PLANNING, List.of(sbk.id),
                "Påverkar översiktsplaneringen: grönytor och trädtäckning i tätorten får inte minska, och kommunen "
                        + "bidrar till den nationella restaureringsplanen.",
                List.of(new StoredAction("Bedöma påverkan på översiktsplanen", "Stadsbyggnadskontoret",
                        LocalDate.now(clock).plusMonths(3).toString(), ActionStatus.PLANNED)), now);

        EuDecisionAnswer answer = new EuDecisionAnswer();
        answer.decisionId = pay.id;
        answer.unitId = utb.id;
        answer.assessment = "Berör lärare och förskollärare: lönekartläggningen behöver göras per yrkesgrupp. "
                + "Vi behöver stöd med mallar för annonser.";
        answer.answeredBySubject = DemoUser.MARIA.subject;
        answer.answeredByName = DemoUser.MARIA.displayName;
        answer.answeredAt = now;
        answer.persist();
        LOG.info("Demo data: loaded 2 unit call watches and 2 EU decisions under follow-up");
    }

    private void watch(Unit unit, String name, List<String> words, List<Fund> funds, BigDecimal minGrant, DemoUser by,
            Instant now) {
        CallWatch watch = new CallWatch();
        watch.name = name;
        watch.unitId = unit.id;
        watch.words = new ArrayList<>(words);
        watch.funds = new ArrayList<>(funds);
        watch.applicantTypes = new ArrayList<>(List.of(ApplicantType.MUNICIPALITY));
        watch.minGrant = minGrant;
        watch.createdBySubject = by.subject;
        watch.createdByName = by.displayName;
        watch.createdAt = now;
        watch.persistAndFlush();
        WatchCriteria criteria = WatchCriteria.of(watch);
        for (FundingCall call : FundingCall.<FundingCall>list("closesAt > ?1", now)) {
            Programme programme = Programme.findById(call.programmeId);
            if (criteria.matches(call, programme.fund, now)) {
                matcher.record(watch.id, call.id, now, false);
            }
        }
    }

    private static EuDecision decision(String title, String reference, LocalDate decidedOn, MainTask task, List<UUID> units,
            String assessment, List<StoredAction> actions, Instant now) {
        EuDecision decision = new EuDecision();
        decision.title = title;
        decision.actReference = reference;
        decision.decidedOn = decidedOn;
        decision.mainTask = task;
        decision.unitIds = new ArrayList<>(units);
        decision.impactAssessment = assessment;
        decision.actions = new ArrayList<>(actions);
        decision.status = DecisionStatus.UNDER_FOLLOW_UP;
        decision.createdBySubject = DemoUser.ADA.subject;
        decision.createdAt = now;
        decision.persist();
        return decision;
    }
}
