package se.sodertalje.euportal.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import se.sodertalje.euportal.programme.ApplicantType;
import se.sodertalje.euportal.programme.Fund;

/**
 * What a user (owner) or a unit watches among the calls. Every criterion given must hold; an empty
 * one does not narrow. Words: any of them in the call's identifier, title, description or topics.
 */
@Entity
@Table(name = "call_watch")
@Audited
public class CallWatch extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    /** The user of a personal watch; null for a unit's watch. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    /** The unit of a unit's watch; null for a personal one. */
    @Column(name = "unit_id")
    public UUID unitId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> words = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "programme_ids")
    public List<UUID> programmeIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Fund> funds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applicant_types")
    public List<ApplicantType> applicantTypes = new ArrayList<>();

    /** The least EU contribution per grant worth watching, in EUR; a call that states no maximum passes. */
    @Column(name = "min_grant")
    public BigDecimal minGrant;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
