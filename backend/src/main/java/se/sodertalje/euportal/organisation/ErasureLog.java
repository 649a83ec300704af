package se.sodertalje.euportal.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** That a record's personal data was erased, when and by whom; never the erased values. */
@Entity
@Table(name = "erasure_log")
public class ErasureLog extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "erased_by_subject")
    public String erasedBySubject;

    @Column(name = "erased_by_name")
    public String erasedByName;
}
