package se.sodertalje.euportal.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person a unit names for its international work: coordinator, EU project manager, finance contact. */
@Entity
@Table(name = "contact_person")
@Audited
public class ContactPerson extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    public String name;

    public String title;

    public String email;

    public String phone;

    @Convert(converter = ContactRolesConverter.class)
    public Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);

    /** The same column as text, read-only, so that queries can filter by one role. */
    @Column(name = "roles", insertable = false, updatable = false)
    @NotAudited
    String rolesText;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    /** Set once the person's data has been erased (anonymised in place). */
    public boolean erased;

    @Version
    public long version;

    public ActivePeriod period() {
        return new ActivePeriod(activeFrom, activeTo);
    }

    /** Counts as the unit's international coordinator on the given day. */
    public boolean isActiveCoordinatorOn(LocalDate day) {
        return !erased && roles.contains(ContactRole.INTERNATIONAL_COORDINATOR) && period().covers(day);
    }
}
