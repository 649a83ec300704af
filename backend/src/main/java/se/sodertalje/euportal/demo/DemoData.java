package se.sodertalje.euportal.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.sodertalje.euportal.organisation.ContactPerson;
import se.sodertalje.euportal.organisation.ContactRole;
import se.sodertalje.euportal.organisation.Unit;
import se.sodertalje.euportal.organisation.UnitType;

/**
 * Demo units and contact persons for `make run` and the browser tests (DEMO_DATA=true). Loaded
 * once, into an empty database, so a second start keeps what users changed. The unit codes match
 * the groups of the demo realm in ops/keycloak. SOC and TAV deliberately lack a coordinator.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "euportal.demo-data")
    boolean enabled;

    private final Map<String, UUID> unitIds = new HashMap<>();

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Unit.count() > 0) {
            LOG.info("Demo data: units exist, nothing loaded");
            return;
        }
        unit("KS", "Kommunstyrelsens kontor", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("INT", "Internationella kontoret", UnitType.INTERNATIONAL_OFFICE, "KS");
        unit("UTB", "Utbildningskontoret", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("SOC", "Socialkontoret", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("SBK", "Stadsbyggnadskontoret", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("KOF", "Kultur- och fritidskontoret", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("AMK", "Arbetsmarknadskontoret", UnitType.MUNICIPAL_DEPARTMENT, null);
        unit("TELGE", "Telge AB", UnitType.TELGE_COMPANY, null);
        unit("TEN", "Telge Energi AB", UnitType.TELGE_COMPANY, "TELGE");
        unit("TBO", "Telge Bostäder AB", UnitType.TELGE_COMPANY, "TELGE");
        unit("TAV", "Telge Återvinning AB", UnitType.TELGE_COMPANY, "TELGE");
        unit("TNA", "Telge Nät AB", UnitType.TELGE_COMPANY, "TELGE");

        LocalDate since = LocalDate.of(2024, 1, 1);
        contact("INT", "Eva Lindqvist", "Internationell strateg", "eva.lindqvist@example.se", "08-523 010 01",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR, ContactRole.EU_PROJECT_MANAGER);
        contact("KS", "Johan Nyberg", "Utvecklingsledare", "johan.nyberg@example.se", "08-523 010 02",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("UTB", "Maria Sandberg", "Utvecklingsstrateg", "maria.sandberg@example.se", "08-523 020 11",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("UTB", "Ali Hassan", "Projektledare", "ali.hassan@example.se", "08-523 020 12",
                LocalDate.of(2025, 3, 1), LocalDate.of(2027, 12, 31), ContactRole.EU_PROJECT_MANAGER);
        contact("SOC", "Lena Holm", "Ekonom", "lena.holm@example.se", "08-523 030 21",
                since, null, ContactRole.FINANCE_CONTACT);
        contact("SOC", "Peter Wik", "Tidigare samordnare", "peter.wik@example.se", null,
                LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30), ContactRole.INTERNATIONAL_COORDINATOR);
        contact("SBK", "Karin Öberg", "Planeringsarkitekt", "karin.oberg@example.se", "08-523 040 31",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("KOF", "Sara Nilsson", "Kulturstrateg", "sara.nilsson@example.se", "08-523 050 41",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("AMK", "Ahmed Yilmaz", "Enhetschef", "ahmed.yilmaz@example.se", "08-523 060 51",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR, ContactRole.EU_PROJECT_MANAGER);
        contact("TELGE", "Fredrik Lund", "Hållbarhetschef", "fredrik.lund@example.se", "08-553 100 00",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("TEN", "Helena Berg", "Affärsutvecklare", "helena.berg@example.se", "08-553 110 00",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("TBO", "Mikael Strand", "Projektchef", "mikael.strand@example.se", "08-553 120 00",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR, ContactRole.EU_PROJECT_MANAGER);
        contact("TNA", "Jonas Ek", "Nätstrateg", "jonas.ek@example.se", "08-553 130 00",
                since, null, ContactRole.INTERNATIONAL_COORDINATOR);
        contact("TAV", "Nora Falk", "Controller", "nora.falk@example.se", "08-553 140 00",
                since, null, ContactRole.FINANCE_CONTACT);
        LOG.infof("Demo data: loaded %d units and %d contact persons", Unit.count(), ContactPerson.count());
    }

    private void unit(String code, String name, UnitType type, String parentCode) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parentId = parentCode == null ? null : unitIds.get(parentCode);
        unit.active = true;
        unit.persist();
        unitIds.put(code, unit.id);
    }

    private void contact(String unitCode, String name, String title, String email, String phone, LocalDate from,
            LocalDate to, ContactRole first, ContactRole... more) {
        ContactPerson person = new ContactPerson();
        person.unitId = unitIds.get(unitCode);
        person.name = name;
        person.title = title;
        person.email = email;
        person.phone = phone;
        person.roles = EnumSet.of(first, more);
        person.activeFrom = from;
        person.activeTo = to;
        person.persist();
    }
}
