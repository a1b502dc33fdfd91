package com.capp.autogen.bench;

import com.capp.autogen.TestProject;

import com.capp.autogen.model.HibernateModelReader;
import com.capp.autogen.model.ModelSpec;
import com.capp.autogen.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Times reading the model (Hibernate boot + metamodel to schema, no database) for CAPP's entities
 * and for a generated model of 500 entities: the first read in the JVM (what one CLI run pays) and
 * the median of further reads. Run: {@code mvn -B -pl capp-autogen -am verify
 * -Dtest=ModelReadingBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}; figures go
 * to target/model-benchmark.txt and stdout.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ModelReadingBenchmark {

    private static final int RUNS = 7;
    private static final int ENTITIES = 500;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(row("CAPP (com.capp.model)", TestProject.CAPP_MODEL, 11));
        Path classes = SyntheticEntities.compile(ENTITIES);
        ModelSpec synthetic = new ModelSpec(List.of(SyntheticEntities.PACKAGE), List.of(classes), null);
        report.add(row("generated " + ENTITIES + " entities", synthetic, ENTITIES));
        String text = String.join("\n", report);
        Files.writeString(Path.of("target/model-benchmark.txt"), text + "\n");
        System.out.println(text);
    }

    private static String row(String name, ModelSpec spec, int tables) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Schema schema = new HibernateModelReader().read(spec);
            times.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(tables, schema.tables().size(), name);
        }
        long first = times.get(0);
        List<Long> warm = times.subList(1, times.size()).stream().sorted().toList();
        return String.format("%-34s first read %5d ms | warm median %5d ms (%d..%d, %d runs)", name, first,
                warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size());
    }
}
