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

/** A step of a control (start, close, reopen with its reason), kept for its history; immutable. */
@Entity
@Table(name = "control_event")
public class ControlEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "control_id")
    public UUID controlId;

    @Enumerated(EnumType.STRING)
    public ControlAction action;

    public String comment;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;
}
