package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.idea.Idea;
import se.sodertalje.euportal.idea.IdeaStatus;
import se.sodertalje.euportal.idea.ScreeningOutcome;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;

/**
 * Demo project ideas, some screened and some not, in 2025 and 2026, so that the screening rate
 * follow-up has figures to show. Runs after the demo units (priority 1) and programmes (2), once,
 * when no idea exists. The authors are the demo realm's users, under their Keycloak subjects.
 */
@ApplicationScoped
public class DemoIdeas {

    private static final Logger LOG = Logger.getLogger(DemoIdeas.class);
    private static final DemoUser ANNA = DemoUser.ANNA;
    private static final DemoUser CARL = DemoUser.CARL;
    private static final DemoUser ADA = DemoUser.ADA;

    @Transactional
    void load() {
        if (Idea.count() > 0 || Unit.count("code", "UTB") == 0) {
            return;
        }
        Idea erasmus = idea("UTB", "Digitala klassrum med skolor i vänorterna",
                "Lärarutbyte och gemensamma digitala lektioner med skolor i de nordiska vänorterna.",
                "850000", "2027-08-01", "2029-07-31", "2026-03-10", ANNA);
        screen(erasmus, true, List.of("FT-43353764"), List.of(), ScreeningOutcome.APPLY,
                "Passar Erasmus+ KA2 samarbetspartnerskap för skolor", ADA, "2026-03-24");
        idea("UTB", "Sommarskola i naturvetenskap", "Två veckors sommarskola för högstadieelever.",
                "240000", "2027-06-14", "2027-06-25", "2026-09-02", ANNA);

        Idea youth = idea("SOC", "Stöd till unga vuxna utanför arbetsmarknaden",
                "Samverkan med Arbetsmarknadskontoret om coachning för unga 18–29 år.",
                "3200000", "2027-01-01", "2029-12-31", "2026-02-14", CARL);
        screen(youth, true, List.of("ESF-PLUS-SE"), List.of("ESF-2026-PO2-4"), ScreeningOutcome.APPLY,
                "Utlysningen riktar sig till unga som varken arbetar eller studerar", CARL, "2026-02-20");
        Idea dayCare = idea("SOC", "Ny dagverksamhet för äldre", "Utökad dagverksamhet i Järna.",
                "1500000", "2027-01-01", null, "2026-05-20", CARL);
        screen(dayCare, true, List.of("ESF-PLUS-SE", "ERUF-STHLM"), List.of(), ScreeningOutcome.NOT_ELIGIBLE,
                "Drift av ordinarie verksamhet är inte stödberättigande i något av programmen", ADA, "2026-06-02");
        dayCare.status = IdeaStatus.CLOSED;
        dayCare.closedAt = at("2026-06-03");
        idea("SOC", "Familjecentral i Hovsjö", null, null, null, null, "2026-10-01", CARL);

        Idea stormwater = idea("SBK", "Klimatanpassning av dagvattensystem",
                "Öppna dagvattenlösningar i centrala Södertälje.", "12500000", "2026-01-01", "2028-12-31",
                "2025-04-11", ADA);
        screen(stormwater, true, List.of("ERUF-STHLM"), List.of("ERUF-STHLM-2026-3"), ScreeningOutcome.APPLY,
                "Hållbar stadsutveckling är ett prioriterat område i regionalfondsprogrammet", ADA, "2025-05-06");
        idea("SBK", "Trygghetsvandringar i ytterområden", null, "60000", "2025-10-01", "2025-11-30",
                "2025-09-15", ADA);

        Idea language = idea("AMK", "Språkpraktik för nyanlända", "Praktikplatser med språkstöd i kommunens verksamheter.",
                "900000", "2026-08-01", "2027-06-30", "2026-04-08", ADA);
        screen(language, false, List.of(), List.of(), ScreeningOutcome.OTHER_FUNDING,
                "Inte utrett: finansieras med statsbidrag via Arbetsförmedlingen och ansökan måste in före utlysningarna öppnar",
                ADA, "2026-04-09");

        Idea solar = idea("TEN", "Solceller på kommunala tak", "Solcellsanläggningar på skolor och äldreboenden.",
                "4800000", "2027-03-01", "2028-02-29", "2026-06-01", ADA);
        screen(solar, true, List.of("ERUF-STHLM"), List.of(), ScreeningOutcome.NOT_WORTH_APPLYING,
                "Stödnivån täcker inte den administrativa kostnaden; investeringen bärs av Telge Energi", ADA, "2026-06-15");
        LOG.infof("Demo data: loaded %d project ideas", Idea.count());
    }

    private static Idea idea(String unitCode, String title, String description, String cost, String start,
            String end, String created, DemoUser author) {
        Idea idea = new Idea();
        idea.unitId = Unit.<Unit>find("code", unitCode).firstResult().id;
        idea.title = title;
        idea.description = description;
        idea.estimatedCost = cost == null ? null : new BigDecimal(cost).setScale(2);
        idea.startDate = start == null ? null : LocalDate.parse(start);
        idea.endDate = end == null ? null : LocalDate.parse(end);
        idea.status = IdeaStatus.OPEN;
        idea.createdBySubject = author.subject;
        idea.createdByName = author.displayName;
        idea.createdAt = at(created);
        idea.persist();
        return idea;
    }

    /** Programmes and calls by code; one the demo catalogue lacks is left out rather than failing start-up. */
    private static void screen(Idea idea, boolean investigated, List<String> programmeCodes, List<String> callIdentifiers,
            ScreeningOutcome outcome, String reason, DemoUser by, String day) {
        idea.investigated = investigated;
        programmeCodes.forEach(code -> Programme.<Programme>find("code", code).firstResultOptional()
                .ifPresent(p -> idea.programmeIds.add(p.id)));
        callIdentifiers.forEach(identifier -> FundingCall.<FundingCall>find("identifier", identifier).firstResultOptional()
                .ifPresent(c -> idea.callIds.add(c.id)));
        idea.outcome = outcome;
        idea.reason = reason;
        idea.screenedBySubject = by.subject;
        idea.screenedByName = by.displayName;
        idea.screenedAt = at(day);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(Clocks.STOCKHOLM).toInstant();
    }
}
