package se.sodertalje.euportal.partner.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.sodertalje.euportal.partner.PartnerRole;

/** An organisation's expression of interest in a partner search, as recorded by the unit or the office. */
@Entity
@Table(name = "partner_interest")
public class PartnerInterest extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "search_id")
    public UUID searchId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_role")
    public PartnerRole proposedRole;

    public String note;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
