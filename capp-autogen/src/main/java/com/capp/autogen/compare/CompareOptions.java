package com.capp.autogen.compare;

import com.capp.autogen.schema.QualifiedName;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What compare looks at, as Alembic's {@code include_object}: a table, sequence or enum is compared
 * when its name ({@code users}, {@code audit.events}) matches an include pattern (none means all)
 * and no exclude pattern. Patterns are whole-name regular expressions.
 */
public record CompareOptions(List<Pattern> include, List<Pattern> exclude) {

    public static final CompareOptions ALL = new CompareOptions(List.of(), List.of());

    public CompareOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static CompareOptions of(List<String> includeRegexes, List<String> excludeRegexes) {
        return new CompareOptions(includeRegexes.stream().map(Pattern::compile).toList(),
                excludeRegexes.stream().map(Pattern::compile).toList());
    }

    public boolean includes(QualifiedName name) {
        String text = name.toString();
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(text).matches());
        return included && exclude.stream().noneMatch(p -> p.matcher(text).matches());
    }
}
