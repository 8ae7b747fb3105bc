/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.benchmarks;

/**
 * The figures of one benchmark, client and thread count: latency percentiles in microseconds (JMH SampleTime), the
 * throughput those threads reach (threads / mean sampled time), bytes allocated per call (JMH's gc profiler,
 * gc.alloc.rate.norm) and the connections the stub saw opened during the measurement.
 */
record CallFigure(String benchmark, String client, int threads, double p50, double p99, double p999, double mean,
                  double bytesPerCall, int newConnections) {

    double callsPerSecond() {
        return threads * 1e6 / mean;
    }
}
