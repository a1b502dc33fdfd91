package com.capp.autogen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code run:} lines of docs/github-actions-drift-check.yml, by job: just enough YAML (jobs at
 * two spaces, {@code run:} values on one line or folded with {@code >-}) for that one file.
 */
final class WorkflowExample {

    static final Path FILE = Path.of("../docs/github-actions-drift-check.yml").toAbsolutePath().normalize();

    private static final Pattern JOB = Pattern.compile("^  ([A-Za-z0-9_-]+):\\s*$");
    private static final Pattern RUN = Pattern.compile("^(\\s+)(?:- )?run: (.*)$");

    private WorkflowExample() {
    }

    /** Each job's run lines, in order. */
    static Map<String, List<String>> runLines() throws IOException {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(FILE);
        String job = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher jobLine = JOB.matcher(lines.get(i));
            Matcher run = RUN.matcher(lines.get(i));
            if (jobLine.matches()) {
                job = jobLine.group(1);
                jobs.put(job, new ArrayList<>());
            } else if (run.matches() && job != null) {
                String value = run.group(2).trim();
                if (value.equals(">-")) {
                    StringBuilder folded = new StringBuilder();
                    int indent = run.group(1).length();
                    while (i + 1 < lines.size() && indentOf(lines.get(i + 1)) > indent) {
                        folded.append(folded.length() == 0 ? "" : " ").append(lines.get(++i).trim());
                    }
                    value = folded.toString();
                }
                jobs.get(job).add(value);
            }
        }
        return jobs;
    }

    private static int indentOf(String line) {
        return line.isBlank() ? Integer.MAX_VALUE : line.length() - line.stripLeading().length();
    }
}
