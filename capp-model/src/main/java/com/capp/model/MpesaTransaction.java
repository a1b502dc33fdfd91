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

@Entity
@Table(name = "mpesa_transactions",
        comment = "M-Pesa transaction tracking with complete lifecycle management",
        uniqueConstraints = {
            @UniqueConstraint(name = "uq_mpesa_checkout_request_id", columnNames = "checkout_request_id"),
            @UniqueConstraint(name = "uq_mpesa_receipt_number", columnNames = "mpesa_receipt_number")},
        check = @CheckConstraint(name = "check_mpesa_positive_amount", constraint = "amount > 0"),
        indexes = {
            @Index(name = "idx_mpesa_tx_conversation", columnList = "conversation_id"),
            @Index(name = "idx_mpesa_tx_merchant_request", columnList = "merchant_request_id"),
            @Index(name = "idx_mpesa_tx_originator_conversation", columnList = "originator_conversation_id"),
            @Index(name = "idx_mpesa_tx_payment", columnList = "payment_id"),
            @Index(name = "idx_mpesa_tx_phone", columnList = "phone_number, created_at"),
            @Index(name = "idx_mpesa_tx_status_created", columnList = "status, created_at"),
            @Index(name = "idx_mpesa_tx_type", columnList = "transaction_type, status")})
public class MpesaTransaction extends TimestampedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id", foreignKey = @ForeignKey(name = "fk_mpesa_tx_payment"))
    private Payment payment;

    @Column(name = "checkout_request_id", length = 255)
    private String checkoutRequestId;

    @Column(name = "merchant_request_id", length = 255)
    private String merchantRequestId;

    @Column(name = "conversation_id", length = 255)
    private String conversationId;

    @Column(name = "originator_conversation_id", length = 255)
    private String originatorConversationId;

    @Column(name = "mpesa_receipt_number", length = 255)
    private String mpesaReceiptNumber;

    @Column(name = "transaction_type", nullable = false, length = 50,
            comment = "stk_push, b2c, c2b, reversal, query")
    private String transactionType;

    @Column(name = "phone_number", nullable = false, length = 20)
    private String phoneNumber;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "account_reference", length = 100)
    private String accountReference;

    @Column(name = "transaction_desc", columnDefinition = SqlTypes.TEXT)
    private String transactionDesc;

    @ColumnDefault("'pending'")
    @Column(name = "status", nullable = false, length = 50,
            comment = "pending, processing, completed, failed, cancelled, timeout")
    private String status;

    @Column(name = "result_code")
    private Integer resultCode;

    @Column(name = "result_description", columnDefinition = SqlTypes.TEXT)
    private String resultDescription;

    @Column(name = "error_message", columnDefinition = SqlTypes.TEXT)
    private String errorMessage;

    @Column(name = "transaction_date", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime transactionDate;

    @Column(name = "mpesa_balance", precision = 15, scale = 2)
    private BigDecimal mpesaBalance;

    @Column(name = "request_payload", columnDefinition = SqlTypes.TEXT, comment = "JSON request sent to M-Pesa")
    private String requestPayload;

    @Column(name = "response_payload", columnDefinition = SqlTypes.TEXT, comment = "JSON response from M-Pesa")
    private String responsePayload;

    @ColumnDefault("0")
    @Column(name = "retry_count", nullable = false)
    private Integer retryCount;

    @Column(name = "last_retry_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime lastRetryAt;

    @ColumnDefault("now()")
    @Column(name = "initiated_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime initiatedAt;

    @Column(name = "callback_received_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime callbackReceivedAt;

    @Column(name = "completed_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime completedAt;
}
