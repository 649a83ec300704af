package se.sodertalje.euportal.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.sodertalje.euportal.application.attachment.StoredFile;

/** A file the unit attached to its answer to a clarification request. */
@Entity
@Table(name = "control_clarification_file")
public class ClarificationFile extends StoredFile {

    @Column(name = "clarification_id")
    public UUID clarificationId;
}
