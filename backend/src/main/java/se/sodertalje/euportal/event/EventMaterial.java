package se.sodertalje.euportal.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.sodertalje.euportal.application.attachment.StoredFile;

/** A file of an event (slides, agenda, hand-outs), stored and checked as attachments are. */
@Entity
@Table(name = "event_material")
public class EventMaterial extends StoredFile {

    @Column(name = "event_id")
    public UUID eventId;
}
