package se.sodertalje.euportal.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A municipal department, Telge company or the International Office: the owner of projects. */
@Entity
@Table(name = "unit")
@Audited
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    /** Stable code; the Keycloak group "/units/{code}" holds the unit's members. */
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    @Column(name = "parent_id")
    public UUID parentId;

    public boolean active = true;

    @Version
    public long version;
}
