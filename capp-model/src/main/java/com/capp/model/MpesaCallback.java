package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "mpesa_callbacks",
        comment = "M-Pesa webhook callback audit trail and processing tracking",
        indexes = {
            @Index(name = "idx_mpesa_callback_checkout", columnList = "checkout_request_id"),
            @Index(name = "idx_mpesa_callback_processed", columnList = "processed, received_at"),
            @Index(name = "idx_mpesa_callback_transaction", columnList = "mpesa_transaction_id"),
            @Index(name = "idx_mpesa_callback_type", columnList = "callback_type, received_at")})
public class MpesaCallback extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mpesa_transaction_id", foreignKey = @ForeignKey(name = "fk_mpesa_callback_transaction"))
    private MpesaTransaction mpesaTransaction;

    @Column(name = "checkout_request_id", length = 255)
    private String checkoutRequestId;

    @Column(name = "merchant_request_id", length = 255)
    private String merchantRequestId;

    @Column(name = "callback_type", nullable = false, length = 50,
            comment = "stk_callback, c2b_confirmation, c2b_validation, timeout, b2c_result")
    private String callbackType;

    @Column(name = "callback_data", nullable = false, columnDefinition = SqlTypes.TEXT,
            comment = "JSON payload from M-Pesa")
    private String callbackData;

    @Column(name = "callback_metadata", columnDefinition = SqlTypes.TEXT, comment = "Additional metadata")
    private String callbackMetadata;

    @Column(name = "signature", length = 500)
    private String signature;

    @ColumnDefault("false")
    @Column(name = "signature_verified", nullable = false)
    private Boolean signatureVerified;

    @ColumnDefault("false")
    @Column(name = "processed", nullable = false)
    private Boolean processed;

    @Column(name = "processing_error", columnDefinition = SqlTypes.TEXT)
    private String processingError;

    @ColumnDefault("0")
    @Column(name = "processing_attempts", nullable = false)
    private Integer processingAttempts;

    @ColumnDefault("now()")
    @Column(name = "received_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime receivedAt;

    @Column(name = "processed_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime processedAt;

    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime createdAt;
}
