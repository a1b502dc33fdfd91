package com.capp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

// The reference keeps both a unique constraint (users_email_key) and a plain index
// (ix_users_email) on the same column; both are declared so the schemas match exactly.
@Entity
@Table(name = "users",
        uniqueConstraints = {
            @UniqueConstraint(name = "users_email_key", columnNames = "email"),
            @UniqueConstraint(name = "users_phone_number_key", columnNames = "phone_number")},
        indexes = {
            @Index(name = "idx_users_country_kyc", columnList = "country, kyc_status"),
            @Index(name = "idx_users_created_at", columnList = "created_at"),
            @Index(name = "idx_users_role_status", columnList = "role, status"),
            @Index(name = "ix_users_country", columnList = "country"),
            @Index(name = "ix_users_email", columnList = "email"),
            @Index(name = "ix_users_phone_number", columnList = "phone_number")})
public class User extends TimestampedEntity {

    @Column(name = "email", nullable = false, length = 255)
    private String email;

    @Column(name = "phone_number", length = 20)
    private String phoneNumber;

    @Column(name = "hashed_password", nullable = false, length = 255)
    private String hashedPassword;

    @ColumnDefault("'user'")
    @Column(name = "role", nullable = false, length = 50)
    private String role;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private Boolean isActive;

    @ColumnDefault("'active'")
    @Column(name = "status", nullable = false, length = 50)
    private String status;

    @ColumnDefault("0")
    @Column(name = "failed_login_attempts", nullable = false)
    private Integer failedLoginAttempts;

    @Column(name = "last_login", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime lastLogin;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "country", length = 3)
    private String country;

    @ColumnDefault("'pending'")
    @Column(name = "kyc_status", nullable = false, length = 50)
    private String kycStatus;

    @Column(name = "kyc_verified_at", columnDefinition = SqlTypes.TIMESTAMP)
    private LocalDateTime kycVerifiedAt;
}
