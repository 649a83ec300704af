package se.sodertalje.euportal.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.sodertalje.euportal.application.attachment.StoredFile;

/** The signed control certificate of a control (a PDF). */
@Entity
@Table(name = "control_certificate")
public class ControlCertificate extends StoredFile {

    @Column(name = "control_id")
    public UUID controlId;
}
