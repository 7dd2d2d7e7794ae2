// BUILD FAILURE with the diagnostic located in the YAML, one line, and no stack trace.
String log = new File(basedir, 'build.log').text
String yaml = new File(basedir, 'src/main/lakehouse/lakehouse.yml').path
assert log.readLines().any {
    it.startsWith("[ERROR] ${yaml}:22:") && it.contains(': error LH104: ') && it.contains("did you mean 'customer__shop'")
}
assert log.contains('The lakehouse project has 1 error (listed above)')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./)
assert !log.contains('Caused by')
assert !new File(basedir, 'target/lakehouse/manifest.json').exists()
// Logged once, not repeated in Maven's closing message.
assert log.readLines().count { it.contains(': error LH104: ') } == 1
