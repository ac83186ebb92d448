/**
 * Speed of the archive against plain Lucene with its stock ArabicAnalyzer, measured in the same
 * run: ingest throughput ({@link org.marsad.store.bench.IngestBench}) and search latency and
 * throughput under concurrent clients ({@link org.marsad.store.bench.SearchBench}).
 */
package org.marsad.store.bench;
