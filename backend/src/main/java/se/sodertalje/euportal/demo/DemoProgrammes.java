package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.CallStatus;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.programme.FundDefaults;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.imports.CallImportService;
import se.sodertalje.euportal.programme.imports.ImportResult;

/**
 * Demo programmes with the figures of docs/domain.md, a few Swedish calls with deadlines relative to
 * the first start (so that "closing soon" has something to show), and the real Funding & Tenders
 * topic list (demo/ft_portal_calls_topics.json). Loaded once, when no programme exists.
 */
@ApplicationScoped
public class DemoProgrammes {

    private static final Logger LOG = Logger.getLogger(DemoProgrammes.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    CallImportService importer;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(2) StartupEvent event) {
        if (enabled && Programme.count() == 0) {
            loadProgrammes();
            ImportResult result = importer.importFile(DemoFiles.read("ft_portal_calls_topics.json"), false);
            LOG.infof("Demo data: imported %d Funding & Tenders topics (%d programmes created)", result.created(),
                    result.programmesCreated());
        }
    }

    @Transactional
    void loadProgrammes() {
        Programme erdf = programme("ERUF-STHLM", Fund.ERDF, "Regionalfondsprogram för Stockholm 2021–2027",
                "Tillväxtverket");
        Programme esf = programme("ESF-PLUS-SE", Fund.ESF_PLUS, "Nationellt program för ESF+ 2021–2027",
                "Svenska ESF-rådet");
        Programme centralBaltic = programme("INTERREG-CB", Fund.INTERREG, "Interreg Central Baltic 2021–2027",
                "Regional Council of Southwest Finland");
        programme("INTERREG-BSR", Fund.INTERREG, "Interreg Baltic Sea Region 2021–2027", "Investitionsbank Schleswig-Holstein");
        programme("AMIF-SE", Fund.AMIF, "Asyl-, migrations- och integrationsfonden 2021–2027", "Migrationsverket");
        programme("FT-43108390", Fund.HORIZON_EUROPE, "Horizon Europe", "European Commission");
        programme("FT-43353764", Fund.ERASMUS_PLUS, "Erasmus+", "European Commission");
        programme("FT-43251589", Fund.CERV, "CERV", "European Commission");
        programme("FT-43252405", Fund.LIFE, "LIFE", "European Commission");

        LocalDate today = LocalDate.now(clock);
        call(erdf, "ERUF-STHLM-2026-3", "Hållbar stadsutveckling och klimatomställning i Stockholmsregionen",
                today.plusDays(12), new BigDecimal("45000000.00"), "climate", "urban development", "energy efficiency");
        call(esf, "ESF-2026-PO2-4", "Insatser för unga som varken arbetar eller studerar",
                today.plusDays(40), new BigDecimal("120000000.00"), "youth", "employment", "social inclusion");
        call(centralBaltic, "CB-2027-1", "Central Baltic fourth call: sustainable and green economy",
                today.plusDays(75), new BigDecimal("18000000.00"), "circular economy", "blue growth");
    }

    private Programme programme(String code, Fund fund, String name, String authority) {
        Programme programme = new Programme();
        programme.code = code;
        programme.fund = fund;
        programme.name = name;
        programme.managingAuthority = authority;
        programme.rules = FundDefaults.rulesFor(fund);
        programme.persist();
        return programme;
    }

    private void call(Programme programme, String identifier, String title, LocalDate deadline, BigDecimal budget,
            String... topics) {
        FundingCall call = new FundingCall();
        call.programmeId = programme.id;
        call.identifier = identifier;
        call.title = title;
        call.opensAt = deadline.minusMonths(3).atStartOfDay(STOCKHOLM).toInstant();
        call.closesAt = deadline.atTime(23, 59).atZone(STOCKHOLM).toInstant();
        call.timeZone = STOCKHOLM.getId();
        call.announcedStatus = CallStatus.OPEN;
        call.budget = budget;
        call.eligibleApplicantTypes = new ArrayList<>(List.of(ApplicantType.MUNICIPALITY, ApplicantType.REGION,
                ApplicantType.PUBLIC_AUTHORITY, ApplicantType.NGO));
        call.topics = new ArrayList<>(List.of(topics));
        call.persist();
    }
}
