/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the job runs, from its arguments ({@code --live}, {@code --csv <file>}), the environment and properties
 * ({@code -Djob.live=true}, the scale knobs below). The demo on the embedded sandbox is the default: only
 * {@code --live} (or {@code job.live=true}) with a token runs against a real workspace, so a token in the environment
 * alone never does. Every mistake is a {@link JobSetupException} of one line, found before anything is sent.
 */
public record JobSettings(boolean live, CsvFile csv, Path outputDir, Map<String, String> properties) {

    static final String USAGE = "usage: SupportJob [--live] [--csv <file>]";
    private static final List<String> REGIONS = List.of("us", "eu", "au");

    /** Reads the command line; {@code env} is the environment, {@code properties} the system properties. */
    public static JobSettings parse(List<String> args, Map<String, String> env, Map<String, String> properties) {
        boolean live = Boolean.parseBoolean(properties.get("job.live"));
        Path csvPath = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--live" -> live = true;
                case "--csv" -> {
                    if (i + 1 == args.size()) {
                        throw new JobSetupException("--csv needs the file to import; " + USAGE);
                    }
                    csvPath = Path.of(args.get(++i));
                }
                default -> throw new JobSetupException("Unknown argument '" + args.get(i) + "'; " + USAGE);
            }
        }
        if (live) {
            require(env, properties, "INTERCOM_ACCESS_TOKEN", "intercom.access-token", "the access token of your Intercom app");
            require(env, properties, "INTERCOM_ADMIN_ID", "intercom.admin-id", "the admin who replies, assigns and closes");
            require(env, properties, "INTERCOM_TRIAGE_TEAM_ID", "intercom.triage-team-id", "the team new conversations go to");
            if (csvPath == null) {
                throw new JobSetupException("Live mode imports the CSV file you name: add --csv <file>; nothing was sent");
            }
        }
        CsvFile csv = csvPath == null ? CsvFile.demo() : CsvFile.open(csvPath);
        Map<String, String> all = new LinkedHashMap<>(properties);
        if (live) {
            String region = value(env, properties, "INTERCOM_REGION", "intercom.region");
            region = region == null ? "us" : region.toLowerCase(Locale.ROOT);
            if (!REGIONS.contains(region)) {
                throw new JobSetupException("INTERCOM_REGION must be us, eu or au, not '" + region + "'; nothing was sent");
            }
            all.put("intercom.region", region);
        }
        return new JobSettings(live, csv, Path.of(properties.getOrDefault("job.output-dir", "target/main-job")), all);
    }

    /** A property of the job, e.g. {@code job.arrivals}, or its default for this mode. */
    public String property(String name, String demoDefault, String liveDefault) {
        return properties.getOrDefault(name, live ? liveDefault : demoDefault);
    }

    public int intProperty(String name, int demoDefault, int liveDefault) {
        String value = property(name, String.valueOf(demoDefault), String.valueOf(liveDefault));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new JobSetupException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A duration in milliseconds ({@code 500} or {@code 500ms}), seconds ({@code 20s}), minutes ({@code 2m}) or hours. */
    public Duration durationProperty(String name, String demoDefault, String liveDefault) {
        String value = property(name, demoDefault, liveDefault).strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new JobSetupException(name + " must be a duration such as 500ms, 20s, 2m or 1h, not '" + value + "'");
        }
    }

    /** The Camel properties of the job in either mode; the target adds its own. */
    Map<String, String> camelProperties() {
        Map<String, String> camel = new LinkedHashMap<>();
        camel.put("camel.main.name", "support-operations-job");
        camel.put("camel.main.routes-include-pattern", "classpath:routes/close-stale.yaml,classpath:job/*.yaml");
        // Ctrl-C: the summary so far is printed at once; the rows and conversations in flight get 3 s, not Camel's 45
        camel.put("camel.main.shutdown-timeout", "3");
        camel.put("intercom.state-file", outputDir.resolve("intercom-state.dat").toString());
        camel.put("job.poll-delay", String.valueOf(durationProperty("job.poll-delay", "1s", "5s").toMillis()));
        camel.put("close-stale.period", String.valueOf(durationProperty("close-stale.period", "5s", "1m").toMillis()));
        // 30 days in both modes: the demo's backlog is 40 days old, and a conversation the triage just answered is
        // not stale, so the demo closes the same 24 at every run
        camel.put("close-stale.after", property("close-stale.after", "720h", "720h"));
        if (live) {
            camel.put("camel.component.intercom.region", properties.get("intercom.region"));
            for (String team : List.of("support", "billing", "shipping", "technical")) {
                camel.put("job.team." + team, property("job.team." + team, null, "{{intercom.triage-team-id}}"));
            }
        }
        return camel;
    }

    private static void require(Map<String, String> env, Map<String, String> properties, String variable,
            String property, String what) {
        String value = value(env, properties, variable, property);
        if (value == null || value.isBlank()) {
            throw new JobSetupException("Live mode needs " + variable + " (or -D" + property + "): " + what
                                        + "; nothing was sent");
        }
    }

    private static String value(Map<String, String> env, Map<String, String> properties, String variable, String property) {
        String value = properties.get(property);
        return value != null ? value : env.get(variable);
    }
}
