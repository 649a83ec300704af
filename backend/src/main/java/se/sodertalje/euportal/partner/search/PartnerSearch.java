package se.sodertalje.euportal.partner.search;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.sodertalje.euportal.partner.OrganisationType;
import se.sodertalje.euportal.partner.PartnerRole;

/** A unit's request for partners, for an idea, an application or a call. */
@Entity
@Table(name = "partner_search")
public class PartnerSearch extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "idea_id")
    public UUID ideaId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "call_id")
    public UUID callId;

    public String title;

    public String topic;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PartnerRole> roles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> countries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "organisation_types")
    public List<OrganisationType> organisationTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> expertise = new ArrayList<>();

    @Column(name = "interest_deadline")
    public LocalDate interestDeadline;

    @Enumerated(EnumType.STRING)
    public SearchStatus status = SearchStatus.OPEN;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
