// BUILD FAILURE: the audit's diagnostic located at the frame in the YAML, the run's progress up to it, no stack trace.
String log = new File(basedir, 'build.log').text
String yaml = new File(basedir, 'src/main/lakehouse/lakehouse.yml').path
assert log.contains('das.landed__geo__countries: landed 2 rows as load 2024-01-01 00:00:00')
assert log.readLines().any {
    it.startsWith("[ERROR] ${yaml}:19:5: error LH303: audit of model dab.frame__geo__countries failed: 2 rows")
}
assert log.contains('[ERROR]   the model and its state are as they were before this run')
assert log.readLines().any { it.startsWith('[ERROR] run FAILED run-') }
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !log.contains('Caused by')
