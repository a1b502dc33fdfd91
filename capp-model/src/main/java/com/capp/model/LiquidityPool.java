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

/** Funds held in one currency, from which payments reserve liquidity. */
@Entity
@Table(name = "liquidity_pools",
        uniqueConstraints = @UniqueConstraint(name = "liquidity_pools_currency_key", columnNames = "currency"),
        check = {
            @CheckConstraint(name = "check_positive_available_liquidity", constraint = "available_liquidity >= 0"),
            @CheckConstraint(name = "check_positive_reserved_liquidity", constraint = "reserved_liquidity >= 0"),
            @CheckConstraint(name = "check_positive_total_liquidity", constraint = "total_liquidity >= 0")},
        indexes = {
            @Index(name = "idx_pools_available", columnList = "is_active, available_liquidity"),
            @Index(name = "idx_pools_currency_country", columnList = "currency, country"),
            @Index(name = "ix_liquidity_pools_country", columnList = "country"),
            @Index(name = "ix_liquidity_pools_currency", columnList = "currency")})
public class LiquidityPool extends TimestampedEntity {

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "country", nullable = false, length = 3)
    private String country;

    // '0' (a string literal) rather than 0: the reference default prints as '0'::numeric.
    @ColumnDefault("'0'")
    @Column(name = "total_liquidity", nullable = false, precision = 15, scale = 2)
    private BigDecimal totalLiquidity;

    @ColumnDefault("'0'")
    @Column(name = "available_liquidity", nullable = false, precision = 15, scale = 2)
    private BigDecimal availableLiquidity;

    @ColumnDefault("'0'")
    @Column(name = "reserved_liquidity", nullable = false, precision = 15, scale = 2)
    private BigDecimal reservedLiquidity;

    @ColumnDefault("'0'")
    @Column(name = "min_balance", nullable = false, precision = 15, scale = 2)
    private BigDecimal minBalance;

    @Column(name = "max_balance", precision = 15, scale = 2)
    private BigDecimal maxBalance;

    @ColumnDefault("0.1")
    @Column(name = "rebalance_threshold", nullable = false, precision = 5, scale = 2)
    private BigDecimal rebalanceThreshold;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private Boolean isActive;

    @Column(name = "last_rebalanced_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime lastRebalancedAt;
}
