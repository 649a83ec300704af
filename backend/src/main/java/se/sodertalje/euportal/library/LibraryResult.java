package se.sodertalje.euportal.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import se.sodertalje.euportal.report.ResultPart;

/**
 * A project's entry in the results library: its final report's results, evaluation, dissemination
 * and lessons, with the project's key figures as they were when the report was accepted. The
 * search vectors are generated columns (V63), not mapped.
 */
@Entity
@Table(name = "library_result")
@Audited
public class LibraryResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String fund;

    public String title;

    public String acronym;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    public String results;

    public String evaluation;

    public String dissemination;

    @Column(name = "lessons_worked")
    public String lessonsWorked;

    @Column(name = "lessons_to_avoid")
    public String lessonsToAvoid;

    public String advice;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "internal_parts")
    public List<ResultPart> internalParts = new ArrayList<>();

    @Column(name = "eu_amount")
    public BigDecimal euAmount;

    public int partners;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public Integer year;

    @NotAudited
    @Column(name = "published_at")
    public Instant publishedAt;

    @NotAudited
    @Column(name = "published_by_subject")
    public String publishedBySubject;

    @NotAudited
    @Column(name = "published_by_name")
    public String publishedByName;

    @Version
    public long version;

    /** The text of a part, as the report gave it. */
    public String text(ResultPart part) {
        return switch (part) {
            case RESULTS -> results;
            case EVALUATION -> evaluation;
            case DISSEMINATION -> dissemination;
            case LESSONS_WORKED -> lessonsWorked;
            case LESSONS_TO_AVOID -> lessonsToAvoid;
            case ADVICE -> advice;
        };
    }
}
