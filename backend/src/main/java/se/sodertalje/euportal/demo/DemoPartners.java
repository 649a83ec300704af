package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.partner.NameKey;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerOrganisation;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.partner.imports.PartnerImportResult;
import se.sodertalje.euportal.partner.imports.PartnerImportService;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;
import se.sodertalje.euportal.partner.search.PartnerSearch;
import se.sodertalje.euportal.partner.search.PartnerSearchService;

/**
 * The partner register for the demo: the real CORDIS extract (demo/cordis_…csv, merged by PIC),
 * the municipality itself with its networks (SEU, EFFEKNET, SEUS, named in the policy), the sister
 * city Wuxi, and a partner search of the education office. Loaded once, into an empty register.
 */
@ApplicationScoped
public class DemoPartners {

    private static final Logger LOG = Logger.getLogger(DemoPartners.class);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    @Inject
    PartnerImportService importer;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(5) StartupEvent event) {
        if (enabled && PartnerOrganisation.count() == 0) {
            PartnerImportResult result = importer.importCsv(DemoFiles.read("cordis_h2020_participations_start2014.csv"));
            LOG.infof("Demo data: imported %d CORDIS rows as %d organisations", result.rows(), result.created());
            load();
        }
    }

    @Transactional
    void load() {
        PartnerOrganisation sodertalje = organisation("Södertälje kommun", "Municipality of Södertälje", "SE",
                OrganisationType.MUNICIPALITY, "Södertälje", "https://www.sodertalje.se",
                List.of("skola", "integration", "klimatomställning", "stadsutveckling"), List.of("sv", "en"), false,
                List.of("SEU", "EFFEKNET", "SEUS"));
        sodertalje.description = "Kommunen själv: huvudsökande eller partner i förvaltningarnas och Telgebolagens "
                + "EU-projekt.";
        organisation("无锡市人民政府", "Wuxi Municipal People's Government", "CN", OrganisationType.MUNICIPALITY, "Wuxi",
                null, List.of("sister city", "industry", "education exchange"), List.of("zh", "en"), true, List.of());

        Application review = Application.find("acronym", "UNGVÄG").firstResult();
        if (review != null) {
            lead(review, sodertalje, DemoUser.CARL, 25);
        }
        Application draft = Application.find("acronym", "GROGARD").firstResult();
        if (draft != null) {
            lead(draft, sodertalje, DemoUser.ANNA, 8);

            PartnerSearch search = new PartnerSearch();
            search.unitId = draft.unitId;
            search.applicationId = draft.id;
            search.callId = draft.callId;
            search.title = "Partner till Gröna skolgårdar";
            search.topic = "Climate adaptation of school yards: stormwater, shade and green areas planned with pupils";
            search.roles = new ArrayList<>(List.of(PartnerRole.PARTNER));
            search.countries = new ArrayList<>(List.of("FI", "DK", "NO", "DE", "NL"));
            search.organisationTypes = new ArrayList<>(List.of(OrganisationType.MUNICIPALITY, OrganisationType.UNIVERSITY,
                    OrganisationType.RESEARCH_BODY));
            search.expertise = new ArrayList<>(List.of("climate adaptation", "urban water"));
            search.interestDeadline = LocalDate.now(clock).plusDays(21);
            search.createdBySubject = DemoUser.ANNA.subject;
            search.createdByName = DemoUser.ANNA.displayName;
            search.createdAt = clock.instant().minus(Duration.ofDays(7));
            search.persist();
            PartnerSearchService.storeMatching(em, search);
        }
        LOG.infof("Demo data: the municipality, its sister city and a partner search of %s",
                draft == null ? "no unit" : Unit.<Unit>findById(draft.unitId).code);
    }

    private static PartnerOrganisation organisation(String name, String englishName, String country,
            OrganisationType type, String city, String website, List<String> expertise, List<String> languages,
            boolean twinTown, List<String> networks) {
        PartnerOrganisation o = new PartnerOrganisation();
        o.legalName = name;
        o.englishName = englishName;
        o.country = country;
        o.type = type;
        o.city = city;
        o.website = website;
        o.expertise = new ArrayList<>(expertise);
        o.languages = new ArrayList<>(languages);
        o.twinTown = twinTown;
        o.networks = new ArrayList<>(networks);
        o.nameKey = NameKey.of(name);
        o.persist();
        return o;
    }

    private void lead(Application application, PartnerOrganisation organisation, DemoUser author, int daysAgo) {
        ApplicationPartner lead = new ApplicationPartner();
        lead.applicationId = application.id;
        lead.organisationId = organisation.id;
        lead.role = PartnerRole.LEAD_PARTNER;
        lead.addedBySubject = author.subject;
        lead.addedByName = author.displayName;
        lead.addedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        lead.persist();
    }

}
