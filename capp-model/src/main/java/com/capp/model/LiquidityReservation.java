package com.capp.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** An amount held in a pool for one payment until it is used, released or expires. */
@Entity
@Table(name = "liquidity_reservations",
        check = @CheckConstraint(name = "check_positive_reservation_amount", constraint = "amount > 0"),
        // The reference has two identical indexes on payment_id; both are kept to match it.
        indexes = {
            @Index(name = "idx_reservations_payment", columnList = "payment_id"),
            @Index(name = "idx_reservations_status_expires", columnList = "status, expires_at"),
            @Index(name = "ix_liquidity_reservations_payment_id", columnList = "payment_id"),
            @Index(name = "ix_liquidity_reservations_pool_id", columnList = "pool_id")})
public class LiquidityReservation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id", nullable = false,
            foreignKey = @ForeignKey(name = "liquidity_reservations_pool_id_fkey"))
    private LiquidityPool pool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false,
            foreignKey = @ForeignKey(name = "liquidity_reservations_payment_id_fkey"))
    private Payment payment;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @ColumnDefault("'reserved'")
    @Column(name = "status", nullable = false, length = 50)
    private String status;

    @ColumnDefault("now()")
    @Column(name = "reserved_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime reservedAt;

    @Column(name = "expires_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime expiresAt;

    @Column(name = "used_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime usedAt;

    @Column(name = "released_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime releasedAt;
}
