/**
 * The contract between the generator and the runtimes: a generation's output folder, read back.
 *
 * <p>A generation writes every statement a run executes as a file under its output folder (each
 * model's SELECT, an incremental model's statements for new loads, the grain audits, each landed
 * table's load-time conversion) and lists them, with their checksums and the models'
 * fingerprints, in {@code manifest.json}. {@link io.hooklake.generator.contract.GeneratedProject#read}
 * reads that folder back; a runtime executes exactly what it holds and needs nothing else of the
 * generator: no naming strategy, no fingerprinter, no project YAML.
 */
package io.hooklake.generator.contract;
