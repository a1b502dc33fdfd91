package com.capp.autogen.lint;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/LINT.md lists every rule with its level, what, why and safe form, and no rule that does not exist. */
class LintDocsTest {

    @Test
    void theDocsPageListsEveryRuleAsTheCodeDefinesIt() throws Exception {
        String page = Files.readString(Path.of("../docs/LINT.md"));
        for (Rule rule : Rule.values()) {
            String row = "| `" + rule.id() + "` | " + rule.severity().word() + " | " + rule.what().replace("|", "\\|")
                    + " | " + rule.why() + " | " + rule.safe() + " |";
            assertTrue(page.contains(row), "docs/LINT.md lacks or misstates " + rule.id() + ":\n" + row);
        }
        Matcher ids = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(page);
        Set<String> documented = new HashSet<>();
        while (ids.find()) {
            documented.add(ids.group(1));
        }
        assertEquals(new HashSet<>(Arrays.stream(Rule.values()).map(Rule::id).toList()), documented);
    }

    @Test
    void ruleIdsAreUniqueAndStable() {
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z]+)*"), id));
    }
}
