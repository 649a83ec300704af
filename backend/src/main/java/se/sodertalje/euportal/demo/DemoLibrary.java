package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.externalnetwork.ExternalNetwork;
import se.sodertalje.euportal.externalnetwork.NetworkMeeting;
import se.sodertalje.euportal.externalnetwork.NetworkMember;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.NameKey;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.project.Project;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.report.FinalReportAccepted;
import se.sodertalje.euportal.report.ProjectReport;
import se.sodertalje.euportal.report.ReportContent;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.report.ResultPart;
import se.sodertalje.euportal.twintown.ActivityKind;
import se.sodertalje.euportal.twintown.AgreementKind;
import se.sodertalje.euportal.twintown.TwinTown;
import se.sodertalje.euportal.twintown.TwinTownActivity;
import se.sodertalje.euportal.twintown.TwinTownContact;

/**
 * Issue 21's demo: two finished projects whose accepted final reports are in the results library
 * (one with an internal part), the sister city Wuxi and a Nordic twin town with their cooperation
 * logs, and the external networks SEU, EFFEKNET and SEUS with members and meetings. Loaded once,
 * after the other demo data, when the library is empty.
 */
@ApplicationScoped
public class DemoLibrary {

    private static final Logger LOG = Logger.getLogger(DemoLibrary.class);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    Event<FinalReportAccepted> accepted;

    void onStart(@Observes @Priority(9) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        PartnerOrganisation municipality = PartnerOrganisation.find("legalName", "Södertälje kommun").firstResult();
        FundingCall esf = FundingCall.find("identifier", "ESF-2026-PO2-4").firstResult();
        FundingCall erdf = FundingCall.find("identifier", "ERUF-STHLM-2026-3").firstResult();
        if (TwinTown.count() > 0 || ExternalNetwork.count() > 0 || municipality == null || esf == null || erdf == null) {
            return;
        }
        PartnerOrganisation nordic = PartnerOrganisation.find("legalName", "Kristiansand kommune").firstResult();
        if (nordic == null) {
            nordic = new PartnerOrganisation();
            nordic.legalName = "Kristiansand kommune";
            nordic.englishName = "Municipality of Kristiansand";
            nordic.country = "NO";
            nordic.city = "Kristiansand";
            nordic.type = OrganisationType.MUNICIPALITY;
            nordic.expertise = new ArrayList<>(List.of("skola", "integration", "kultur"));
            nordic.languages = new ArrayList<>(List.of("no", "sv", "en"));
            nordic.twinTown = true;
            nordic.nameKey = NameKey.of(nordic.legalName);
            nordic.persist();
        }

        Project parents = pastProject("UTB", esf, "Föräldrautbildning för nyanlända i förskolan", "FÖRSKOLA+",
                "Nyanlända föräldrar fick utbildning om förskolan, språket och arbetsmarknaden, i förskolans egna lokaler.",
                LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), "1850000.00", List.of(municipality, nordic));
        finalReport(parents, new ReportContent(null, List.of(), List.of(), null, null,
                "312 föräldrar deltog i utbildningen; 74 gick vidare till SFI eller arbete. Förskolorna har gjort "
                        + "föräldraträffarna till en del av introduktionen.",
                "Extern utvärdering (2024): deltagarna kände sig tryggare i kontakten med förskolan; störst effekt när "
                        + "utbildningen gavs på modersmålet.",
                "Metodmaterial på fem språk, en konferens med Kristiansand och en film på kommunens webb.", null,
                "Träffarna i förskolans egna lokaler, med barnomsorg under tiden, gav hög närvaro.",
                "Undvik att lägga utbildningen på kvällstid: få kunde komma.",
                "Räkna med tolkkostnader i budgeten från början och rekrytera kulturtolkar tidigt.",
                List.of(ResultPart.EVALUATION)));
        Project roofs = pastProject("SBK", erdf, "Gröna tak och dagvatten i Hovsjö", "GRÖNTAK",
                "Gröna tak och regnbäddar på allmännyttans hus minskar översvämningar och värmeöar.",
                LocalDate.of(2021, 3, 1), LocalDate.of(2023, 6, 30), "2400000.00", List.of(municipality));
        finalReport(roofs, new ReportContent(null, List.of(), List.of(), null, null,
                "9 000 m² gröna tak och sex regnbäddar; dagvattenflödet vid kraftiga regn minskade med en tredjedel.",
                "Mätningar under två säsonger; de boende är nöjda med gårdarna.",
                "Studiebesök för andra kommuner och en guide för fastighetsägare.", null,
                "Tidig dialog med de boende och med Telge Bostäder.",
                "Undvik sedumtak på hus med svag takkonstruktion: förstärkningen blev dyr.",
                "Gör en takbärighetsutredning innan ansökan lämnas in.", List.of()));

        twinTowns(municipality, nordic, parents);
        networks();
        LOG.info("Demo data: two results in the library, Wuxi and Kristiansand with their logs, SEU, EFFEKNET and SEUS");
    }

    private static Project pastProject(String unitCode, FundingCall call, String title, String acronym, String summary,
            LocalDate start, LocalDate end, String granted, List<PartnerOrganisation> partners) {
        Application application = new Application();
        application.unitId = Unit.<Unit>find("code", unitCode).firstResult().id;
        application.callId = call.id;
        application.title = title;
        application.acronym = acronym;
        application.summary = summary;
        application.periodStart = start;
        application.periodEnd = end;
        application.status = ApplicationStatus.GRANTED;
        application.funderReference = "DEMO-" + acronym;
        application.submittedOn = start.minusMonths(5);
        application.decisionOn = start.minusMonths(2);
        application.grantedAmount = new BigDecimal(granted);
        application.createdBySubject = DemoUser.ANNA.subject;
        application.createdByName = DemoUser.ANNA.displayName;
        application.createdAt = at(start.minusMonths(8));
        application.persist();
        for (int i = 0; i < partners.size(); i++) {
            ApplicationPartner partner = new ApplicationPartner();
            partner.applicationId = application.id;
            partner.organisationId = partners.get(i).id;
            partner.role = i == 0 ? PartnerRole.LEAD_PARTNER : PartnerRole.PARTNER;
            partner.addedBySubject = DemoUser.ANNA.subject;
            partner.addedByName = DemoUser.ANNA.displayName;
            partner.addedAt = application.createdAt;
            partner.persist();
        }
        Project project = new Project();
        project.applicationId = application.id;
        project.unitId = application.unitId;
        project.callId = call.id;
        project.title = title;
        project.acronym = acronym;
        project.periodStart = start;
        project.periodEnd = end;
        project.grantedAmount = application.grantedAmount;
        project.status = ProjectStatus.CLOSED;
        project.closedOn = end.plusMonths(4);
        project.lastPaymentOn = end.plusMonths(3);
        project.retentionUntil = LocalDate.of(end.getYear() + 10, 12, 31);
        project.createdAt = at(application.decisionOn);
        project.persist();
        return project;
    }

    private void finalReport(Project project, ReportContent content) {
        ProjectReport report = new ProjectReport();
        report.projectId = project.id;
        report.kind = ReportKind.FINAL;
        report.status = ReportStatus.ACCEPTED;
        report.content = content;
        report.createdBySubject = DemoUser.ANNA.subject;
        report.createdByName = DemoUser.ANNA.displayName;
        report.createdAt = at(project.periodEnd.plusMonths(1));
        report.firstSubmittedAt = at(project.periodEnd.plusMonths(2));
        report.updatedAt = report.firstSubmittedAt;
        report.persist();
        accepted.fire(new FinalReportAccepted(report, DemoUser.ADA.subject, DemoUser.ADA.displayName));
    }

    private static void twinTowns(PartnerOrganisation municipality, PartnerOrganisation nordic, Project parents) {
        PartnerOrganisation wuxiOrg = PartnerOrganisation.find("englishName", "Wuxi Municipal People's Government").firstResult();
        UUID utb = Unit.<Unit>find("code", "UTB").firstResult().id;
        UUID intl = Unit.<Unit>find("code", "INT").firstResult().id;
        UUID kof = Unit.<Unit>find("code", "KOF").firstResult().id;
        if (wuxiOrg != null) {
            TwinTown wuxi = town(wuxiOrg, "Wuxi", AgreementKind.SISTER_CITY, LocalDate.of(2012, 9, 18), LocalDate.of(2022, 9, 18),
                    "Sister City Relationship med Wuxi: utbildning, näringsliv och kultur.",
                    List.of(new TwinTownContact("Chen Jing", "Foreign Affairs Office, Wuxi", "chen.jing@example.cn", null),
                            new TwinTownContact("Eva Lindqvist", "Internationella kontoret", "eva.lindqvist@example.se",
                                    "08-523 010 01")));
            activity(wuxi, ActivityKind.VISIT, "Delegation från Wuxi besökte skolor och Telge Energi",
                    LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 14), List.of(intl, utb),
                    "Avsiktsförklaring om lärarutbyte 2026.");
            activity(wuxi, ActivityKind.EXCHANGE, "Lärarutbyte: fyra lärare till Wuxi", LocalDate.of(2026, 4, 6),
                    LocalDate.of(2026, 4, 17), List.of(utb), "Gemensamt material om digitala läromedel.");
        }
        TwinTown kristiansand = town(nordic, "Kristiansand", AgreementKind.TWIN_TOWN, LocalDate.of(1985, 6, 1), null,
                "Nordisk vänort; samarbetet gäller skola, kultur och integration.",
                List.of(new TwinTownContact("Ingrid Solberg", "Internasjonal rådgiver", "ingrid.solberg@example.no", null)));
        activity(kristiansand, ActivityKind.PROJECT, "Föräldrautbildning för nyanlända i förskolan (FÖRSKOLA+)",
                parents.periodStart, parents.periodEnd, List.of(utb), "Gemensamt metodmaterial på fem språk.");
        activity(kristiansand, ActivityKind.VISIT, "Nordiskt vänortsmöte i Kristiansand", LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 12), List.of(intl, kof), "Idé om ett gemensamt kulturprojekt inom Interreg.");
    }

    private static TwinTown town(PartnerOrganisation organisation, String name, AgreementKind kind, LocalDate signed,
            LocalDate renewed, String notes, List<TwinTownContact> contacts) {
        TwinTown town = new TwinTown();
        town.id = UUID.randomUUID();
        town.organisationId = organisation.id;
        town.name = name;
        town.agreementKind = kind;
        town.signedOn = signed;
        town.renewedOn = renewed;
        town.notes = notes;
        town.contacts = new ArrayList<>(contacts);
        town.createdAt = Instant.now();
        town.persist();
        return town;
    }

    private static void activity(TwinTown town, ActivityKind kind, String title, LocalDate from, LocalDate to,
            List<UUID> units, String outcome) {
        TwinTownActivity activity = new TwinTownActivity();
        activity.id = UUID.randomUUID();
        activity.twinTownId = town.id;
        activity.kind = kind;
        activity.title = title;
        activity.startsOn = from;
        activity.endsOn = to;
        activity.unitIds = new ArrayList<>(units);
        activity.outcome = outcome;
        activity.createdAt = Instant.now();
        activity.persist();
    }

    private static void networks() {
        UUID intl = Unit.<Unit>find("code", "INT").firstResult().id;
        UUID amk = Unit.<Unit>find("code", "AMK").firstResult().id;
        ExternalNetwork seu = network("SEU", "Stockholmsregionens EU-nätverk för kommunernas EU-samordnare.", null,
                List.of(new NetworkMember("Eva Lindqvist", intl, "Kontaktperson", "eva.lindqvist@example.se")));
        meeting(seu, LocalDate.of(2026, 3, 12), "Vårmöte om programperioden efter 2027", "Stockholm",
                "Kommissionens förslag om en fond per land; vi följer remissen och informerar förvaltningarna.");
        meeting(seu, LocalDate.of(2026, 10, 8), "Höstmöte: kapacitetsuppbyggnad", "Solna", null);
        ExternalNetwork effeknet = network("EFFEKNET", "Nätverk för effektiva EU-projekt och resultatspridning.", null,
                List.of(new NetworkMember("Eva Lindqvist", intl, "Styrelseledamot", "eva.lindqvist@example.se"),
                        new NetworkMember("Ahmed Yilmaz", amk, "Medlem", "ahmed.yilmaz@example.se")));
        meeting(effeknet, LocalDate.of(2026, 5, 20), "Workshop om utvärdering av ESF+-projekt", "Digitalt",
                "En mall för slutrapportens lärdomar, nu i portalens slutrapport.");
        ExternalNetwork seus = network("SEUS", "Sveriges kommuners EU-samordnare.", null,
                List.of(new NetworkMember("Eva Lindqvist", intl, "Kontaktperson", "eva.lindqvist@example.se")));
        meeting(seus, LocalDate.of(2026, 9, 17), "Nationell konferens", "Göteborg",
                "Tips om partnersökningar i Interreg Östersjön.");
    }

    private static ExternalNetwork network(String name, String description, String website, List<NetworkMember> members) {
        ExternalNetwork network = new ExternalNetwork();
        network.id = UUID.randomUUID();
        network.name = name;
        network.description = description;
        network.website = website;
        network.members = new ArrayList<>(members);
        network.createdAt = Instant.now();
        network.persist();
        return network;
    }

    private static void meeting(ExternalNetwork network, LocalDate on, String title, String place, String broughtBack) {
        NetworkMeeting meeting = new NetworkMeeting();
        meeting.id = UUID.randomUUID();
        meeting.networkId = network.id;
        meeting.heldOn = on;
        meeting.title = title;
        meeting.place = place;
        meeting.broughtBack = broughtBack;
        meeting.createdAt = Instant.now();
        meeting.persist();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Clocks.STOCKHOLM).toInstant();
    }
}
