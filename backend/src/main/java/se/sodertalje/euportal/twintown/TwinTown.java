package se.sodertalje.euportal.twintown;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A twin town: its organisation in the partner register, the agreement and its contact persons. */
@Entity
@Table(name = "twin_town")
@Audited
public class TwinTown extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_kind")
    public AgreementKind agreementKind;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "renewed_on")
    public LocalDate renewedOn;

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TwinTownContact> contacts = new ArrayList<>();

    @NotAudited
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
