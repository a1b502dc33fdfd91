package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

/** Tables that record both creation and last update; the database fills in both. */
@MappedSuperclass
public abstract class TimestampedEntity extends BaseEntity {

    @ColumnDefault("now()")
    @Column(name = "created_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime createdAt;

    @ColumnDefault("now()")
    @Column(name = "updated_at", nullable = false, columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime updatedAt;
}
