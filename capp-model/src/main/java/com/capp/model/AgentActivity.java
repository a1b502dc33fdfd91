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

/** One step an automated agent took while processing a payment. */
@Entity
@Table(name = "agent_activities",
        indexes = {
            @Index(name = "idx_agent_activities_agent_type", columnList = "agent_type, started_at"),
            @Index(name = "idx_agent_activities_payment_agent", columnList = "payment_id, agent_type"),
            @Index(name = "idx_agent_activities_status", columnList = "status, started_at"),
            @Index(name = "ix_agent_activities_agent_type", columnList = "agent_type"),
            @Index(name = "ix_agent_activities_payment_id", columnList = "payment_id")})
public class AgentActivity extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false,
            foreignKey = @ForeignKey(name = "agent_activities_payment_id_fkey"))
    private Payment payment;

    @Column(name = "agent_type", nullable = false, length = 50)
    private String agentType;

    @Column(name = "agent_id", nullable = false, length = 100)
    private String agentId;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @ColumnDefault("'pending'")
    @Column(name = "status", nullable = false, length = 50)
    private String status;

    @Column(name = "details", columnDefinition = SqlTypes.TEXT)
    private String details;

    @Column(name = "error_message", columnDefinition = SqlTypes.TEXT)
    private String errorMessage;

    @Column(name = "processing_time_ms")
    private Integer processingTimeMs;

    @ColumnDefault("0")
    @Column(name = "retry_count", nullable = false)
    private Integer retryCount;

    @ColumnDefault("now()")
    @Column(name = "started_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime startedAt;

    @Column(name = "completed_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime completedAt;
}
