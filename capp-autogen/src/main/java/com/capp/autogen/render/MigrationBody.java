package com.capp.autogen.render;

import java.util.List;

/**
 * The code of a generated migration: method bodies indented for the template (8 spaces, a newline
 * after each line) and the imports they need beyond the template's own.
 */
public record MigrationBody(String upgrade, String downgrade, List<String> imports) {

    public MigrationBody {
        imports = List.copyOf(imports);
    }
}
