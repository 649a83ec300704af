package se.sodertalje.euportal.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A call for proposals (utlysning) of a programme, possibly narrowing the programme's rules. */
@Entity
@Table(name = "funding_call")
@Audited
public class FundingCall extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    /** The funder's identifier, e.g. the Funding & Tenders topic id. */
    public String identifier;

    public String title;

    public String description;

    @Column(name = "action_type")
    public String actionType;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    /** The zone the funder states the deadline in, usually Europe/Brussels. */
    @Column(name = "time_zone")
    public String timeZone;

    /** An instant of a call as the funder states it: in the call's own zone (null stays null). */
    public static OffsetDateTime inCallZone(Instant instant, String timeZone) {
        return instant == null ? null : instant.atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "announced_status")
    public CallStatus announcedStatus = CallStatus.OPEN;

    /** Total budget of the call in EUR, where known. */
    public BigDecimal budget;

    /** The EU contribution one grant may get, in EUR. */
    @Column(name = "grant_min")
    public BigDecimal grantMin;

    @Column(name = "grant_max")
    public BigDecimal grantMax;

    @Column(name = "expected_grants")
    public Integer expectedGrants;

    /** The most organisations an application's partnership may have, the lead partner counted; null: no cap. */
    @Column(name = "max_partners")
    public Integer maxPartners;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_applicant_types")
    public List<ApplicantType> eligibleApplicantTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    public String url;

    /** The call's own narrowing of the programme's rules; null when the programme's apply. */
    @JdbcTypeCode(SqlTypes.JSON)
    public RuleSet rules;

    /** The funder cancelled the topic (Funding & Tenders "cancelled"); such a call is also CLOSED. */
    public boolean cancelled;

    @Version
    public long version;
}
