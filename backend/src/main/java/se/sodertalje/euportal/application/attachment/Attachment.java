package se.sodertalje.euportal.application.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An annex of an application (letter of intent, CV, budget sheet…), stored in the database. */
@Entity
@Table(name = "application_attachment")
public class Attachment extends StoredFile {

    @Column(name = "application_id")
    public UUID applicationId;
}
