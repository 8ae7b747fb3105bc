/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A path with {@code {name}} variables, split once into its fixed pieces and variables, so that filling it in is one
 * pass of appends. A variable without a value stays as it was written.
 */
final class PathTemplate {

    private final String template;
    private final String[] literals; // literals[i] comes before the i-th variable; the last one ends the path
    private final int[] variableAt;  // the i-th variable's index in names
    private final List<String> names;

    private PathTemplate(String template, String[] literals, int[] variableAt, List<String> names) {
        this.template = template;
        this.literals = literals;
        this.variableAt = variableAt;
        this.names = names;
    }

    static PathTemplate of(String template) {
        List<String> literals = new ArrayList<>();
        List<Integer> variableAt = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            if (!names.contains(name)) {
                names.add(name);
            }
            literals.add(template.substring(from, open));
            variableAt.add(names.indexOf(name));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        literals.add(template.substring(from));
        return new PathTemplate(template, literals.toArray(String[]::new),
                variableAt.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(names));
    }

    /** The index of a variable for {@link #fill}, or -1 when the path has no such variable. */
    int indexOf(String name) {
        return names.indexOf(name);
    }

    int variables() {
        return names.size();
    }

    /** The path with each variable replaced by its value (already encoded), by {@link #indexOf} index. */
    String fill(String[] values) {
        if (variableAt.length == 0) {
            return template;
        }
        StringBuilder path = new StringBuilder(template.length() + 32);
        for (int i = 0; i < variableAt.length; i++) {
            path.append(literals[i]);
            String value = values[variableAt[i]];
            path.append(value != null ? value : "{" + names.get(variableAt[i]) + "}");
        }
        return path.append(literals[literals.length - 1]).toString();
    }
}
