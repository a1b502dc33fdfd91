package com.capp.autogen;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small JPA project that is not CAPP: two entities (customers and their orders) whose sources are
 * written and compiled here into a class folder, as the project's own build would.
 */
public final class SampleProject {

    public static final String MODEL_PACKAGE = "com.example.shop";
    public static final String MIGRATIONS_PACKAGE = "com.example.shop.migrations";
    public static final String CLASSES = "build/classes";
    /** The dev-database cache of the CLI process tests: private to this build, initialised once for all. */
    public static final Path DEV_CACHE = Path.of("target/it-dev-cache").toAbsolutePath();

    private static final Map<String, String> ENTITIES = Map.of("Customer", """
            package com.example.shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            public class Customer {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 100) String name;
                @Column(unique = true, length = 200) String email;
            }
            """, "PurchaseOrder", """
            package com.example.shop;

            import jakarta.persistence.*;
            import java.math.BigDecimal;

            @Entity
            @Table(name = "orders", indexes = @Index(name = "ix_orders_customer_id", columnList = "customer_id"))
            public class PurchaseOrder {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @ManyToOne(optional = false) @JoinColumn(name = "customer_id") Customer customer;
                @Column(nullable = false, precision = 12, scale = 2) BigDecimal total;
            }
            """);

    private SampleProject() {
    }

    /** Writes the entity sources under {@code root/src} and compiles them into {@code root/build/classes}. */
    public static Path compileEntities(Path root) {
        try {
            List<String> arguments = new ArrayList<>(List.of("-d", root.resolve(CLASSES).toString(),
                    "-classpath", persistenceApi(), "-proc:none"));
            for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
                Path source = root.resolve("src/com/example/shop/" + entity.getKey() + ".java");
                Files.createDirectories(source.getParent());
                Files.writeString(source, entity.getValue());
                arguments.add(source.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("the sample entities did not compile");
            }
            return root.resolve(CLASSES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String persistenceApi() {
        try {
            return Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    + File.pathSeparator + System.getProperty("java.class.path");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
