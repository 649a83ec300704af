package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.security.Roles;
import se.sodertalje.euportal.workplan.BoundFigure;
import se.sodertalje.euportal.workplan.FollowUp;
import se.sodertalje.euportal.workplan.FollowUpContent;
import se.sodertalje.euportal.workplan.OfficeFinancing;
import se.sodertalje.euportal.workplan.PlanContent;
import se.sodertalje.euportal.workplan.Tertial;
import se.sodertalje.euportal.workplan.WorkPlan;
import se.sodertalje.euportal.workplan.WorkPlanService;
import se.sodertalje.euportal.workplan.WorkPlanViews;

/**
 * The International Office's work plan of this year (issue 20) with goals from the policy's
 * priorities: the social and regional structural fund programmes, funding development work with EU
 * money, internal support to units and companies, and the Wuxi sister-city cooperation; the year's
 * financing, and a T1 follow-up recorded by Ada whose bound figures the portfolio computed.
 */
@ApplicationScoped
public class DemoWorkPlan {

    private static final Logger LOG = Logger.getLogger(DemoWorkPlan.class);
    private static final DemoUser ADA = DemoUser.ADA;

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    WorkPlanService plans;

    @Inject
    CurrentIdentityAssociation identities;

    void onStart(@Observes @Priority(9) StartupEvent event) {
        if (enabled) {
            try {
                load();
            } catch (RuntimeException e) {
                // Demo extras must never keep `make run` from starting.
                LOG.warn("Demo data: the work plan was not loaded", e);
            }
        }
    }

    /** The portfolio reads as the caller may: here as Ada, an advisor, who sees every unit. */
    @ActivateRequestContext
    @Transactional
    void load() {
        int year = Year.now(Clocks.STOCKHOLM).getValue();
        if (WorkPlan.count() > 0) {
            return;
        }
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(ADA.username))
                .addRole(Roles.ADVISOR).build());
        OfficeFinancing financing = new OfficeFinancing();
        financing.year = year;
        financing.municipalGrant = new BigDecimal("2400000.00");
        financing.companyGrants = new BigDecimal("600000.00");
        financing.projectIncome = new BigDecimal("1350000.00");
        financing.targetPercent = new BigDecimal("40.00");
        financing.updatedBySubject = ADA.subject;
        financing.updatedByName = ADA.displayName;
        financing.updatedAt = LocalDate.of(year, 2, 10).atTime(LocalTime.of(10, 0)).atZone(Clocks.STOCKHOLM).toInstant();
        financing.persist();

        UUID amk = unit("AMK");
        WorkPlan plan = new WorkPlan();
        plan.id = UUID.randomUUID();
        plan.year = year;
        plan.createdBySubject = ADA.subject;
        plan.createdByName = ADA.displayName;
        plan.createdAt = LocalDate.of(year, 1, 20).atTime(LocalTime.of(9, 0)).atZone(Clocks.STOCKHOLM).toInstant();
        plan.updatedAt = plan.createdAt;
        WorkPlanService.apply(plan, new WorkPlanViews.PlanRequest(year, "Internationella kontorets arbetsplan " + year,
                List.of(
                        goal("Socialfonden och regionalfonden bär utvecklingsprojekt i Södertälje",
                                "Fler Södertäljebor är i arbete och kommunen växer hållbart",
                                List.of(activity("Informationsträffar om ESF+ och regionalfondens utlysningar för förvaltningarna",
                                        "Eva Lindqvist", year, 2, 6),
                                        activity("Ansökningsstöd till Arbetsmarknadskontoret inför ESF+-utlysningen",
                                                "Ada Ahlström", year, 3, 9)),
                                List.of(bound("Ansökningar till Socialfonden+", BoundFigure.APPLICATIONS_SUBMITTED, null,
                                                Fund.ESF_PLUS, "2"),
                                        bound("Ansökningar till regionalfonden", BoundFigure.APPLICATIONS_SUBMITTED, null,
                                                Fund.ERDF, "2"),
                                        bound("Arbetsmarknadskontorets pågående projekt", BoundFigure.PROJECTS_RUNNING, amk,
                                                null, "1"))),
                        goal("Utvecklingsarbetet finansieras med EU-medel",
                                "Kommunen har en god ekonomisk hushållning och använder externa medel",
                                List.of(activity("Genomgång av nämndernas verksamhetsplaner för projektidéer", "Eva Lindqvist",
                                        year, 1, 4)),
                                List.of(bound("Sökta EU-medel", BoundFigure.EU_APPLIED_FOR, null, null, "8000000"),
                                        bound("Beviljade EU-medel", BoundFigure.EU_GRANTED, null, null, "4000000"),
                                        bound("Andel beviljade ansökningar", BoundFigure.SUCCESS_RATE, null, null, "50"),
                                        bound("Kontorets projektfinansierade andel", BoundFigure.PROJECT_FINANCED_SHARE, null,
                                                null, "40"))),
                        goal("Internt stöd till förvaltningar och bolag",
                                "Kommunens verksamheter har god kvalitet och utvecklas",
                                List.of(activity("Nätverksträffar för de internationella samordnarna, fyra per år",
                                        "Ada Ahlström", year, 2, 12),
                                        activity("Utbildning i EU:s kostnadsregler för projektekonomer", "Ada Ahlström",
                                                year, 4, 5)),
                                List.of(bound("Enheter med internationell samordnare", BoundFigure.COORDINATOR_COVERAGE, null,
                                                null, "100"),
                                        bound("Projektidéer prövade mot EU-finansiering", BoundFigure.SCREENING_RATE, null,
                                                null, "80"),
                                        manual("Utbildningar hållna", "4"))),
                        goal("Vänortssamarbetet med Wuxi",
                                "Södertälje är en attraktiv kommun med internationella kontakter",
                                List.of(activity("Delegationsbesök från Wuxi", "Eva Lindqvist", year, 5, 5),
                                        activity("Gemensam ansökan om ett utbytesprojekt för gymnasieskolan",
                                                "Maria Sandberg", year, 3, 11)),
                                List.of(manual("Utbyten genomförda", "2"))))));
        plan.persist();

        List<WorkPlanViews.ActivityEntry> activities = new ArrayList<>();
        Map<String, FollowUpContent.Status> statuses = Map.of(
                "Informationsträffar", FollowUpContent.Status.DONE,
                "Ansökningsstöd", FollowUpContent.Status.ON_TRACK,
                "Genomgång", FollowUpContent.Status.DONE,
                "Nätverksträffar", FollowUpContent.Status.ON_TRACK,
                "Utbildning", FollowUpContent.Status.AT_RISK,
                "Delegationsbesök", FollowUpContent.Status.ON_TRACK,
                "Gemensam ansökan", FollowUpContent.Status.LATE);
        Map<String, String> comments = Map.of(
                "Utbildning", "Ekonomerna har svårt att avsätta tid före sommaren; flyttas troligen till september.",
                "Gemensam ansökan", "Wuxis skolförvaltning har bytt kontaktperson; ansökan skjuts till hösten.");
        List<WorkPlanViews.ManualValue> manual = new ArrayList<>();
        for (PlanContent.Goal g : plan.goals) {
            for (PlanContent.Activity a : g.activities()) {
                String key = statuses.keySet().stream().filter(a.what()::startsWith).findFirst().orElse(null);
                activities.add(new WorkPlanViews.ActivityEntry(a.id(), key == null ? null : statuses.get(key),
                        key == null ? null : comments.get(key)));
            }
            for (PlanContent.Indicator i : g.indicators()) {
                if (i.binding() == null) {
                    manual.add(new WorkPlanViews.ManualValue(i.id(), i.name().startsWith("Utbildningar")
                            ? BigDecimal.ONE : BigDecimal.ZERO));
                }
            }
        }
        FollowUp t1 = new FollowUp();
        t1.id = UUID.randomUUID();
        t1.planId = plan.id;
        t1.tertial = Tertial.T1;
        t1.content = plans.content(plan, Tertial.T1, new WorkPlanViews.FollowUpRequest(activities, manual));
        t1.recordedBySubject = ADA.subject;
        t1.recordedByName = ADA.displayName;
        t1.recordedAt = LocalDate.of(year, 5, 6).atTime(LocalTime.of(14, 0)).atZone(Clocks.STOCKHOLM).toInstant();
        t1.persist();
        LOG.infof("Demo data: the work plan %d with a T1 follow-up", year);
    }

    private static UUID unit(String code) {
        Unit unit = Unit.find("code", code).firstResult();
        return unit == null ? null : unit.id;
    }

    private static PlanContent.Goal goal(String title, String budgetGoal, List<PlanContent.Activity> activities,
            List<PlanContent.Indicator> indicators) {
        return new PlanContent.Goal(null, title, budgetGoal, activities, indicators);
    }

    private static PlanContent.Activity activity(String what, String responsible, int year, int fromMonth, int toMonth) {
        return new PlanContent.Activity(null, what, responsible, LocalDate.of(year, fromMonth, 1),
                LocalDate.of(year, toMonth, 1).plusMonths(1).minusDays(1), PlanContent.ActivityStatus.STARTED);
    }

    private static PlanContent.Indicator bound(String name, BoundFigure figure, UUID unit, Fund fund, String target) {
        return new PlanContent.Indicator(null, name, figure.measure(), new BigDecimal(target),
                new PlanContent.Binding(figure, unit, fund, null));
    }

    private static PlanContent.Indicator manual(String name, String target) {
        return new PlanContent.Indicator(null, name, PlanContent.Measure.COUNT, new BigDecimal(target), null);
    }
}
