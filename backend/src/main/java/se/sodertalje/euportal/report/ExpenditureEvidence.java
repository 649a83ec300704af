package se.sodertalje.euportal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.sodertalje.euportal.application.attachment.StoredFile;

/** Evidence of an expenditure line (invoice, payslip, proof of payment), stored in the database. */
@Entity
@Table(name = "expenditure_evidence")
public class ExpenditureEvidence extends StoredFile {

    @Column(name = "expenditure_id")
    public UUID expenditureId;
}
