package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/**
 * What every provider callback row records about its signature and its processing: M-Pesa's
 * and the other mobile-money operators' callback tables share these columns.
 */
@MappedSuperclass
public abstract class CallbackRecord extends BaseEntity {

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
