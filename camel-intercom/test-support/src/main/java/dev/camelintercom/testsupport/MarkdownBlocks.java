/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The code blocks of a documentation page, for the tests that run what the page shows or compare it with code. */
public final class MarkdownBlocks {

    private MarkdownBlocks() {
    }

    /**
     * The first group of each match of a regular expression over the page (with {@code .} matching line ends), e.g.
     * {@code "```yaml\n(.*?)```"} for every YAML block.
     */
    public static List<String> matching(String markdown, String regex) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** The text without white space: a block of a page compared with code indented otherwise. */
    public static String withoutWhiteSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
