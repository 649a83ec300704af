package se.sodertalje.euportal.twintown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import se.sodertalje.euportal.application.attachment.StoredFile;

/** The signed agreement of a twin town, one document, checked like every upload. */
@Entity
@Table(name = "twin_town_agreement")
public class TwinTownAgreement extends StoredFile {

    @Column(name = "twin_town_id")
    public UUID twinTownId;
}
