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
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** A cross-border payment from one user to another, optionally along a chosen route. */
@Entity
@Table(name = "payments",
        uniqueConstraints = @UniqueConstraint(name = "payments_reference_id_key", columnNames = "reference_id"),
        check = {
            @CheckConstraint(name = "check_positive_amount", constraint = "amount > 0"),
            @CheckConstraint(name = "check_positive_total", constraint = "total_cost > 0")},
        indexes = {
            @Index(name = "idx_payments_currencies", columnList = "from_currency, to_currency"),
            @Index(name = "idx_payments_recipient_country", columnList = "recipient_country"),
            @Index(name = "idx_payments_recipient_id", columnList = "recipient_id"),
            @Index(name = "idx_payments_sender_country", columnList = "sender_country"),
            @Index(name = "idx_payments_sender_id", columnList = "sender_id"),
            @Index(name = "idx_payments_status_created", columnList = "status, created_at"),
            @Index(name = "ix_payments_blockchain_tx_hash", columnList = "blockchain_tx_hash"),
            @Index(name = "ix_payments_from_currency", columnList = "from_currency"),
            @Index(name = "ix_payments_reference_id", columnList = "reference_id"),
            @Index(name = "ix_payments_status", columnList = "status"),
            @Index(name = "ix_payments_to_currency", columnList = "to_currency")})
public class Payment extends TimestampedEntity {

    @Column(name = "reference_id", nullable = false, length = 255)
    private String referenceId;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "from_currency", nullable = false, length = 3)
    private String fromCurrency;

    @Column(name = "to_currency", nullable = false, length = 3)
    private String toCurrency;

    @Column(name = "exchange_rate", precision = 15, scale = 6)
    private BigDecimal exchangeRate;

    @Column(name = "converted_amount", precision = 15, scale = 2)
    private BigDecimal convertedAmount;

    @ColumnDefault("'0'")
    @Column(name = "fees", nullable = false, precision = 15, scale = 2)
    private BigDecimal fees;

    @Column(name = "total_cost", nullable = false, precision = 15, scale = 2)
    private BigDecimal totalCost;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id", nullable = false,
            foreignKey = @ForeignKey(name = "payments_sender_id_fkey"))
    private User sender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false,
            foreignKey = @ForeignKey(name = "payments_recipient_id_fkey"))
    private User recipient;

    // Sender and recipient details are copied at payment time so later profile edits do not
    // rewrite payment history.
    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(name = "sender_phone", nullable = false, length = 20)
    private String senderPhone;

    @Column(name = "sender_country", nullable = false, length = 3)
    private String senderCountry;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "recipient_phone", nullable = false, length = 20)
    private String recipientPhone;

    @Column(name = "recipient_country", nullable = false, length = 3)
    private String recipientCountry;

    @Column(name = "payment_type", nullable = false, length = 50)
    private String paymentType;

    @Column(name = "payment_method", nullable = false, length = 50)
    private String paymentMethod;

    @Column(name = "description", columnDefinition = SqlTypes.TEXT)
    private String description;

    @ColumnDefault("'pending'")
    @Column(name = "status", nullable = false, length = 50)
    private String status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "route_id", foreignKey = @ForeignKey(name = "payments_route_id_fkey"))
    private PaymentRoute route;

    @Column(name = "mmo_transaction_id", length = 255)
    private String mmoTransactionId;

    @Column(name = "blockchain_tx_hash", length = 255)
    private String blockchainTxHash;

    @Column(name = "processed_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime processedAt;

    @Column(name = "settled_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime settledAt;

    @Column(name = "completed_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime completedAt;
}
