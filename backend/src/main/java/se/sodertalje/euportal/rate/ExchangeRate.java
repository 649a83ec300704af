package se.sodertalje.euportal.rate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A monthly EUR rate: how many units of a currency one euro buys that month (InforEuro quotes
 * e.g. 11.4830 SEK). The month is stored as its first day.
 */
@Entity
@Table(name = "exchange_rate")
@IdClass(ExchangeRate.Key.class)
public class ExchangeRate extends PanacheEntityBase {

    @Id
    public String currency;

    @Id
    public LocalDate month;

    @Column(name = "units_per_eur")
    public BigDecimal unitsPerEur;

    public String source;

    @Column(name = "updated_by_subject")
    public String updatedBySubject;

    @Column(name = "updated_by_name")
    public String updatedByName;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The composite key: currency and month. */
    public static class Key implements Serializable {
        public String currency;
        public LocalDate month;

        public Key() {
        }

        public Key(String currency, LocalDate month) {
            this.currency = currency;
            this.month = month;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(currency, key.currency) && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, month);
        }
    }
}
