package com.capp.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** A quoted rate between two currencies, effective from a point in time. */
@Entity
@Table(name = "exchange_rates",
        uniqueConstraints = @UniqueConstraint(name = "uq_rate_currency_time",
                columnNames = {"from_currency", "to_currency", "effective_at"}),
        check = @CheckConstraint(name = "check_positive_rate", constraint = "rate > 0"),
        indexes = {
            @Index(name = "idx_exchange_rates_currencies", columnList = "from_currency, to_currency"),
            @Index(name = "idx_exchange_rates_effective", columnList = "effective_at"),
            @Index(name = "ix_exchange_rates_from_currency", columnList = "from_currency"),
            @Index(name = "ix_exchange_rates_to_currency", columnList = "to_currency")})
public class ExchangeRate extends BaseEntity {

    @Column(name = "from_currency", nullable = false, length = 3)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    private String toCurrency;

    @Column(name = "rate", nullable = false, precision = 15, scale = 6)
    private BigDecimal rate;

    @Column(name = "source", nullable = false, length = 50)
    private String source;

    @ColumnDefault("false")
    @Column(name = "is_locked", nullable = false)
    private Boolean isLocked;

    @Column(name = "lock_expires_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime lockExpiresAt;

    @ColumnDefault("now()")
    @Column(name = "effective_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime effectiveAt;

    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime createdAt;
}
