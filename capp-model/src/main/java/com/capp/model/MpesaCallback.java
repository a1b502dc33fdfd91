package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "mpesa_callbacks",
        comment = "M-Pesa webhook callback audit trail and processing tracking",
        indexes = {
            @Index(name = "idx_mpesa_callback_checkout", columnList = "checkout_request_id"),
            @Index(name = "idx_mpesa_callback_processed", columnList = "processed, received_at"),
            @Index(name = "idx_mpesa_callback_transaction", columnList = "mpesa_transaction_id"),
            @Index(name = "idx_mpesa_callback_type", columnList = "callback_type, received_at")})
public class MpesaCallback extends CallbackRecord {

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
}
