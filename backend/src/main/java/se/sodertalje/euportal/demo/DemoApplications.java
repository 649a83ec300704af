package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.ApplicationTransition;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.application.WorkPackage;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.FundingCall;

/**
 * Two demo applications so that the workflow has something to show: a draft of UTB (Anna) and an
 * application of SOC that Carl approved and Ada took into review. Runs after the other demo data,
 * once, when no application exists; authors are the demo realm's users, under their Keycloak subjects.
 */
@ApplicationScoped
public class DemoApplications {

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(4) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        FundingCall erdf = FundingCall.find("identifier", "ERUF-STHLM-2026-3").firstResult();
        FundingCall esf = FundingCall.find("identifier", "ESF-2026-PO2-4").firstResult();
        if (Application.count() > 0 || erdf == null || esf == null) {
            return;
        }
        Instant now = clock.instant();
        Application draft = application("UTB", erdf, "Gröna skolgårdar för ett förändrat klimat", "GROGARD",
                "Skolgårdar som tar hand om skyfall och ger skugga, planerade med eleverna.",
                DemoUser.ANNA, now.minus(Duration.ofDays(9)));
        draft.workPackages = new ArrayList<>(List.of(
                new WorkPackage("AP1 Projektledning", "Styrning, ekonomi och rapportering.",
                        List.of("Styrgruppsmöten varje kvartal", "Lägesrapporter"), List.of("Slutrapport")),
                new WorkPackage("AP2 Pilotgårdar", null, List.of("Inventering av tre skolgårdar", "Ombyggnad"),
                        List.of("Tre ombyggda skolgårdar", "Skötselplan"))));
        draft.persist();

        Application review = application("SOC", esf, "Unga vuxna tillbaka till arbete och studier", "UNGVÄG",
                "Samordnade insatser för unga 16–29 år som varken arbetar eller studerar.",
                DemoUser.CARL, now.minus(Duration.ofDays(30)));
        review.status = ApplicationStatus.IN_REVIEW;
        review.internalStatus = "Budget granskas av ekonomienheten";
        review.persist();
        step(review, TransitionAction.APPROVE_FOR_UNIT, ApplicationStatus.DRAFT, ApplicationStatus.UNIT_APPROVED,
                "Förankrad i socialnämndens ledningsgrupp", DemoUser.CARL, now.minus(Duration.ofDays(6)));
        step(review, TransitionAction.START_REVIEW, ApplicationStatus.UNIT_APPROVED, ApplicationStatus.IN_REVIEW,
                null, DemoUser.ADA, now.minus(Duration.ofDays(4)));
    }

    private Application application(String unitCode, FundingCall call, String title, String acronym, String summary,
            DemoUser author, Instant createdAt) {
        Unit unit = Unit.find("code", unitCode).firstResult();
        Application application = new Application();
        application.unitId = unit.id;
        application.callId = call.id;
        application.title = title;
        application.acronym = acronym;
        application.summary = summary;
        application.periodStart = LocalDate.of(2027, 3, 1);
        application.periodEnd = LocalDate.of(2029, 2, 28);
        application.createdBySubject = author.subject;
        application.createdByName = author.displayName;
        application.createdAt = createdAt;
        return application;
    }

    private static void step(Application application, TransitionAction action, ApplicationStatus from,
            ApplicationStatus to, String comment, DemoUser actor, Instant at) {
        ApplicationTransition step = new ApplicationTransition();
        step.applicationId = application.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = to;
        step.comment = comment;
        step.actorSubject = actor.subject;
        step.actorName = actor.displayName;
        step.at = at;
        step.persist();
    }
}
