package com.capp.autogen.bench;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated JPA model of N entities, compiled into a class folder: each entity has a few basic
 * columns, an enum (a CHECK), an embedded value, a unique and an indexed column, and a
 * {@code @ManyToOne} to the entity before it, so reading it exercises every part of the model reader.
 */
final class SyntheticEntities {

    static final String PACKAGE = "bench.entities";

    private SyntheticEntities() {
    }

    /** Compiles the model into a new temporary folder and returns it. */
    static Path compile(int entities) {
        try {
            Path root = Files.createTempDirectory("synthetic-entities");
            Path sources = Files.createDirectories(root.resolve("src/bench/entities"));
            Path classes = Files.createDirectories(root.resolve("classes"));
            List<Path> files = new ArrayList<>();
            files.add(Files.writeString(sources.resolve("Amount.java"), amount()));
            for (int i = 0; i < entities; i++) {
                files.add(Files.writeString(sources.resolve("Entity" + i + ".java"), entity(i)));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
                boolean ok = javac.getTask(null, fm, null, List.of("-d", classes.toString(), "-classpath",
                        System.getProperty("java.class.path"), "-proc:none"), null,
                        fm.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new IllegalStateException("synthetic entities do not compile");
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String amount() {
        return """
                package bench.entities;
                @jakarta.persistence.Embeddable
                public class Amount {
                    @jakarta.persistence.Column(precision = 19, scale = 4)
                    private java.math.BigDecimal value;
                    @jakarta.persistence.Column(length = 3)
                    private String currency;
                }
                """;
    }

    private static String entity(int i) {
        String parent = i == 0 ? "" : """
                    @jakarta.persistence.ManyToOne
                    private Entity%d parent;
                """.formatted(i - 1);
        return """
                package bench.entities;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "entity_%1$d", indexes = @Index(name = "ix_entity_%1$d_code", columnList = "code"))
                public class Entity%1$d {
                    public enum State { NEW, ACTIVE, CLOSED }
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;
                    @Column(nullable = false, length = 64)
                    private String code;
                    @Column(unique = true)
                    private String reference;
                    private java.time.Instant createdAt;
                    @Enumerated(EnumType.STRING)
                    private State state;
                    @Embedded
                    private Amount amount;
                %2$s}
                """.formatted(i, parent);
    }
}
