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
@Table(name = "mmo_callbacks",
        comment = "Universal mobile money operator callback storage for all providers",
        indexes = {
            @Index(name = "idx_mmo_callback_external_ref", columnList = "external_reference_id"),
            @Index(name = "idx_mmo_callback_payment", columnList = "payment_id"),
            @Index(name = "idx_mmo_callback_processed", columnList = "processed, received_at"),
            @Index(name = "idx_mmo_callback_provider_tx", columnList = "provider, provider_transaction_id"),
            @Index(name = "idx_mmo_callback_provider_type", columnList = "provider, callback_type")})
public class MmoCallback extends CallbackRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id", foreignKey = @ForeignKey(name = "fk_mmo_callback_payment"))
    private Payment payment;

    @Column(name = "provider", nullable = false, length = 50, comment = "mtn_momo, airtel_money, orange_money, etc.")
    private String provider;

    @Column(name = "provider_transaction_id", nullable = false, length = 255)
    private String providerTransactionId;

    @Column(name = "external_reference_id", length = 255)
    private String externalReferenceId;

    @Column(name = "callback_type", nullable = false, length = 50,
            comment = "collection, disbursement, status, timeout")
    private String callbackType;

    @Column(name = "callback_data", nullable = false, columnDefinition = SqlTypes.TEXT, comment = "JSON payload")
    private String callbackData;

    @Column(name = "callback_metadata", columnDefinition = SqlTypes.TEXT)
    private String callbackMetadata;

    @Column(name = "ip_address", length = 45, comment = "IPv6 compatible")
    private String ipAddress;
}
