/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * The main job: a support-operations pipeline in the Camel Main application, Java DSL and YAML DSL routes together.
 * {@link ImportCsvRoute} imports contacts and companies from a CSV file; {@code job/triage-by-keyword.yaml}
 * receives every new conversation, tags, assigns, replies and closes what its rules resolve;
 * {@code routes/close-stale.yaml} closes stale conversations. By default it runs on the embedded sandbox
 * ({@link DemoTarget}); with {@code --live} on your workspace ({@link LiveTarget}). It prints a progress line while it
 * runs and a summary at the end, and exits 0 by itself; Ctrl-C stops the progress lines, prints the summary so far and
 * exits 130; a setup mistake is one line and exit code 2, nothing sent.
 */
public final class SupportJob {

    /** Exit code of a job that cannot start as asked. */
    public static final int SETUP_ERROR = 2;
    /** Exit code of a job stopped before it caught up. */
    public static final int INCOMPLETE = 1;

    private SupportJob() {
    }

    public static void main(String[] args) {
        // the job's own output is the progress and the summary: Camel's logging only for warnings
        System.setProperty("log4j2.configurationFile", "log4j2-job.properties");
        System.exit(run(List.of(args), System.getenv(), systemProperties(), System.out, System.err));
    }

    /** The whole command: settings, target, run; answers the exit code. */
    static int run(List<String> args, Map<String, String> env, Map<String, String> properties, PrintStream out,
            PrintStream err) {
        JobSettings settings;
        JobTarget target;
        try {
            settings = JobSettings.parse(args, env, properties);
            target = settings.live() ? new LiveTarget(settings) : new DemoTarget(settings);
        } catch (JobSetupException e) {
            err.println(e.getMessage());
            return SETUP_ERROR;
        }
        try (target) {
            return run(settings, target, out).caughtUp() ? 0 : INCOMPLETE;
        } catch (JobSetupException e) {
            err.println(e.getMessage());
            return SETUP_ERROR;
        }
    }

    /** Runs the routes on the target until the job caught up (or was stopped), prints and answers the summary. */
    public static JobSummary run(JobSettings settings, JobTarget target, PrintStream out) {
        JobTally tally = new JobTally();
        JobRoutes routes = new JobRoutes();
        long started = System.nanoTime();
        Duration maxDuration = settings.durationProperty("job.max-duration", "5m", "1h");
        Duration progressEvery = settings.durationProperty("job.progress-every", "5s", "10s");
        AtomicBoolean caughtUp = new AtomicBoolean();
        // set once, by whichever prints the summary: the end of the run, or Ctrl-C; no progress line after it
        AtomicBoolean summarised = new AtomicBoolean();
        out.println(target.describe());
        out.println("Importing " + settings.csv().name() + " (" + settings.csv().dataRows() + " rows); Ctrl-C stops the job.");

        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "job-watch"));
        try (RefusedRows refused = new RefusedRows(settings.outputDir().resolve("refused-rows.csv"))) {
            Main main = new Main();
            main.configure().addRoutesBuilder(new ImportCsvRoute(settings.csv(), refused, tally));
            settings.camelProperties().forEach(main::addOverrideProperty);
            target.properties().forEach(main::addOverrideProperty);
            Supplier<JobSummary> summary = () -> new JobSummary(caughtUp.get(), settings.csv().dataRows(),
                    tally.rowsImported(), refused.count(), refused.file(), routes.completed(JobRoutes.TRIAGE),
                    tally.tagged(), tally.assigned(), tally.replied(), tally.closedByRules(), tally.closedStale(),
                    target.apiCalls(tally), target.apiCallsNote(), tally.rateLimited(),
                    Duration.ofNanos(System.nanoTime() - started));
            // Ctrl-C: Camel Main's own hook stops the routes, which takes a while; the summary so far comes first, and
            // is the job's last word: what Camel logs of the forced stop of the calls in flight would only follow it
            Thread onInterrupt = new Thread(() -> {
                watch.shutdownNow();
                Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.OFF);
                printOnce(summary, summarised, out);
            }, "job-interrupted");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            AtomicLong quietSince = new AtomicLong();
            AtomicLong lastProgress = new AtomicLong(started);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterConfigure(BaseMainSupport main) {
                    main.getCamelContext().getManagementStrategy().addEventNotifier(tally);
                    main.getCamelContext().addRoutePolicyFactory(routes);
                }

                @Override
                public void afterStart(BaseMainSupport main) {
                    target.routesStarted();
                    watch.scheduleWithFixedDelay(() -> {
                        long now = System.nanoTime();
                        if (now - lastProgress.get() >= progressEvery.toNanos()) {
                            lastProgress.set(now);
                            String line = progress(now - started, settings, refused, tally, routes, target);
                            synchronized (out) {
                                if (!summarised.get()) {
                                    out.println(line);
                                }
                            }
                        }
                        if (quietSince.get() == 0 && routes.completed(ImportCsvRoute.ROUTE_ID) > 0 && target.caughtUp()) {
                            quietSince.set(now);
                        }
                        // one stale sweep after the rest is done, then stop
                        if (quietSince.get() != 0 && routes.completedOneBeganAfter(JobRoutes.CLOSE_STALE, quietSince.get())) {
                            caughtUp.set(true);
                            ((Main) main).completed();
                        } else if (now - started > maxDuration.toNanos()) {
                            ((Main) main).completed();
                        }
                    }, 100, 100, TimeUnit.MILLISECONDS);
                }
            });
            try {
                main.run();
            } finally {
                removeShutdownHook(onInterrupt);
            }
            return printOnce(summary, summarised, out);
        } catch (JobSetupException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The job failed: " + e.getMessage(), e);
        } finally {
            watch.shutdownNow();
        }
    }

    /** The summary as it is now, printed unless it was already (the run ended and Ctrl-C came at once). */
    private static JobSummary printOnce(Supplier<JobSummary> summary, AtomicBoolean summarised, PrintStream out) {
        JobSummary now = summary.get();
        synchronized (out) {
            if (summarised.compareAndSet(false, true)) {
                out.print(now.format());
                out.flush();
            }
        }
        return now;
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook prints the summary
        }
    }

    private static String progress(long elapsedNanos, JobSettings settings, RefusedRows refused, JobTally tally,
            JobRoutes routes, JobTarget target) {
        String extra = target.progress();
        return String.format(Locale.ROOT, "[%3d s] CSV rows %d of %d done, %d refused · conversations %d triaged%s · "
                                          + "API calls %d · 429s in a route %d",
                TimeUnit.NANOSECONDS.toSeconds(elapsedNanos), tally.rowsImported() + refused.count(),
                settings.csv().dataRows(), refused.count(), routes.completed(JobRoutes.TRIAGE),
                extra.isEmpty() ? "" : ", " + extra, target.apiCalls(tally), tally.rateLimited());
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> properties.put(name, System.getProperty(name)));
        return properties;
    }
}
