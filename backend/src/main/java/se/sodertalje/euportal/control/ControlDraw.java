package se.sodertalje.euportal.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One draw of a control's sample as it was made (rows are immutable in the database). */
@Entity
@Table(name = "control_draw")
public class ControlDraw extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "control_id")
    public UUID controlId;

    @Enumerated(EnumType.STRING)
    public SampleMethod method;

    public Long seed;

    public Integer size;

    /** CATEGORY: the category; SUPPLIER: the supplier. */
    public String criterion;

    @Column(name = "lines_added")
    public int linesAdded;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;
}
