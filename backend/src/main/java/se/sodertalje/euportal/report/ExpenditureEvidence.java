package se.sodertalje.euportal.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Evidence of an expenditure line (invoice, payslip, proof of payment), stored in the database. */
@Entity
@Table(name = "expenditure_evidence")
public class ExpenditureEvidence extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "expenditure_id")
    public UUID expenditureId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** Loaded only when the file itself is asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by_subject")
    public String uploadedBySubject;

    @Column(name = "uploaded_by_name")
    public String uploadedByName;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
