package se.sodertalje.euportal.partner.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import se.sodertalje.euportal.partner.PartnerRole;

/** An organisation in an application's partnership, with its role. */
@Entity
@Table(name = "application_partner")
@Audited
public class ApplicationPartner extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public PartnerRole role;

    /** The partner search it was found through, if any. */
    @Column(name = "search_id")
    public UUID searchId;

    @Column(name = "added_by_subject")
    public String addedBySubject;

    @Column(name = "added_by_name")
    public String addedByName;

    @Column(name = "added_at")
    public Instant addedAt;

    @Version
    public long version;
}
