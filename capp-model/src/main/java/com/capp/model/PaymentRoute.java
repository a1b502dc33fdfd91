package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** A corridor (country and currency pair) served by one mobile money provider. */
@Entity
@Table(name = "payment_routes",
        uniqueConstraints = @UniqueConstraint(name = "uq_route_provider",
                columnNames = {"from_country", "to_country", "mmo_provider_code"}),
        indexes = {
            @Index(name = "idx_routes_active", columnList = "is_active, success_rate"),
            @Index(name = "idx_routes_countries", columnList = "from_country, to_country"),
            @Index(name = "ix_payment_routes_from_country", columnList = "from_country"),
            @Index(name = "ix_payment_routes_to_country", columnList = "to_country")})
public class PaymentRoute extends TimestampedEntity {

    @Column(name = "from_country", nullable = false, length = 3)
    private String fromCountry;

    @Column(name = "to_country", nullable = false, length = 3)
    private String toCountry;

    @Column(name = "from_currency", nullable = false, length = 3)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    private String toCurrency;

    @Column(name = "mmo_provider", nullable = false, length = 50)
    private String mmoProvider;

    @Column(name = "mmo_provider_code", nullable = false, length = 20)
    private String mmoProviderCode;

    @Column(name = "estimated_fees", nullable = false, precision = 15, scale = 2)
    private BigDecimal estimatedFees;

    @Column(name = "estimated_duration_minutes", nullable = false)
    private Integer estimatedDurationMinutes;

    @Column(name = "success_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal successRate;

    @Column(name = "max_amount", precision = 15, scale = 2)
    private BigDecimal maxAmount;

    @Column(name = "min_amount", precision = 15, scale = 2)
    private BigDecimal minAmount;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private Boolean isActive;

    @Column(name = "last_used_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime lastUsedAt;
}
