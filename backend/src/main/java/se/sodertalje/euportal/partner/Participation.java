package se.sodertalje.euportal.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's part in an EU project, from an outside source such as CORDIS. */
@Entity
@Table(name = "partner_participation")
public class Participation extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String source;

    @Column(name = "project_ref")
    public String projectRef;

    public String acronym;

    public String role;

    public String programme;

    @Column(name = "topic_code")
    public String topicCode;

    public String topic;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "eu_contribution")
    public BigDecimal euContribution;
}
