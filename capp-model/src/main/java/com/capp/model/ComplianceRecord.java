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

/** The outcome of a compliance check (KYC, AML, sanctions...) on a user, optionally for a payment. */
@Entity
@Table(name = "compliance_records",
        indexes = {
            @Index(name = "idx_compliance_expires", columnList = "expires_at"),
            @Index(name = "idx_compliance_status", columnList = "status, checked_at"),
            @Index(name = "idx_compliance_user_type", columnList = "user_id, check_type"),
            @Index(name = "ix_compliance_records_payment_id", columnList = "payment_id"),
            @Index(name = "ix_compliance_records_user_id", columnList = "user_id")})
public class ComplianceRecord extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false,
            foreignKey = @ForeignKey(name = "compliance_records_user_id_fkey"))
    private User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id", foreignKey = @ForeignKey(name = "compliance_records_payment_id_fkey"))
    private Payment payment;

    @Column(name = "check_type", nullable = false, length = 50)
    private String checkType;

    @Column(name = "status", nullable = false, length = 50)
    private String status;

    @Column(name = "risk_score")
    private Integer riskScore;

    @Column(name = "details", columnDefinition = SqlTypes.TEXT)
    private String details;

    @ColumnDefault("now()")
    @Column(name = "checked_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime checkedAt;

    @Column(name = "expires_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime expiresAt;
}
