String log = new File(basedir, 'build.log').text
['generate', 'plan', 'run', 'ingest', 'query', 'docs', 'dashboard'].each {
    assert log.contains("[INFO] Skipping lakehouse:${it} (lakehouse.skip)")
}
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target').exists()
assert !new File(basedir, 'lakehouse').exists()
